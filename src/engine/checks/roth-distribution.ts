/**
 * `roth-distribution`: is a Roth 401(k) distribution qualified (IRC §402A(d)(2)); if not, the pro-rata split into
 * contributions and earnings (§72(e)(8); Treas. Reg. §1.402A-1 Q&A-3) and the 10% on the earnings part only. Beside it,
 * the same numbers under the Roth IRA ordering rules (§408A(d)(4)(B); Treas. Reg. §1.408A-6 Q&A-5, -8), with any
 * conversions the reader enters, each on its own five-year clock.
 */
import { defineCheck } from '../core/check.ts';
import { distributionFields, returnFields } from '../withdrawal/fields.ts';
import { roundCents, toCents, toDollars, usd } from '../core/money.ts';
import { integer, money, object, oneOf, optional, withDefault, withMeta } from '../core/request-kit.ts';
import { compareRothIraWith401k, type RothIraConversion } from '../rules/roth-ira-ordering.ts';
import { rolloverOfNonRollable } from '../rules/exception-details.ts';
import { computeWithdrawal, validateRmdYearOf, validateWithdrawal } from '../withdrawal/compute.ts';
import { everyException } from '../withdrawal/every-exception.ts';
import { planRmdYear } from '../withdrawal/plan-rmd-year.ts';
import { sixtyDayRollover } from '../withdrawal/sixty-day-rollover.ts';

/** The form section for comparing the same money under the Roth IRA ordering rules. */
const ROTH_IRA = 'Compare with a Roth IRA';

/** A Roth 401(k) payment may claim any exception, be an RMD-year payment and be rolled over within 60 days; it is never from an IRA. */
const REACH = { exceptions: everyException, rmdYear: planRmdYear, rollover: sixtyDayRollover };

const { accountType: _accountType, afterTaxBasis: _afterTaxBasis, afterTaxAccounting: _a, afterTaxSubaccountBalance: _s, pre1987Basis: _p, ...rothFields } = distributionFields;

export const rothDistribution = defineCheck({
  id: 'roth-distribution',
  title: 'Roth 401(k) distribution',
  request: object({
    check: oneOf(['roth-distribution'] as const, 'Which check to run'),
    version: withDefault(integer('Request schema version', 1, 1), 1),
    ...rothFields,
    // Every Roth distribution needs the contributions and the first contribution year: they lead the form.
    rothBasis: withMeta(distributionFields.rothBasis, { group: null, label: 'Your Roth contributions in the account' }),
    rothFirstContributionYear: withMeta(distributionFields.rothFirstContributionYear, { group: null, requiredWhen: 'always' }),
    rothRolledInFirstYear: withMeta(distributionFields.rothRolledInFirstYear, { group: 'An earlier plan’s Roth account' }),
    ...returnFields,
    rothIraFirstYear: optional(
      integer({ label: 'First year you contributed to any Roth IRA', help: 'If empty: the year the Roth 401(k) five-year period began.', group: ROTH_IRA }, 1998, 2200, 'tax-year'),
    ),
    conversion1Year: optional(integer({ label: 'Year of a conversion to the Roth IRA', group: ROTH_IRA }, 1998, 2200, 'tax-year')),
    conversion1Amount: withDefault(money({ label: 'Amount of that conversion still in the Roth IRA', group: ROTH_IRA, shownWhen: { field: 'conversion1Year', filled: true } }), 0),
    conversion1Taxed: withDefault(money({ label: 'Part of that conversion taxed when converted', group: ROTH_IRA, shownWhen: { field: 'conversion1Year', filled: true } }), 0),
    conversion2Year: optional(integer({ label: 'Year of a second conversion', group: ROTH_IRA, shownWhen: { field: 'conversion1Year', filled: true } }, 1998, 2200, 'tax-year')),
    conversion2Amount: withDefault(money({ label: 'Amount of the second conversion still in the Roth IRA', group: ROTH_IRA, shownWhen: { field: 'conversion2Year', filled: true } }), 0),
    conversion2Taxed: withDefault(money({ label: 'Part of the second conversion taxed when converted', group: ROTH_IRA, shownWhen: { field: 'conversion2Year', filled: true } }), 0),
  }),
  // The IRS example (Treas. Reg. §1.402A-1 Q&A-3): $5,000 from $9,400 of contributions and $600 of earnings.
  defaultRequest: {
    check: 'roth-distribution',
    distributionDate: '2026-06-15',
    birthDate: '1980-03-10',
    amount: 5000,
    vestedBalance: 10000,
    rothBasis: 9400,
    rothFirstContributionYear: 2023,
    otherIncome: 60000,
  },
  run(req, explain) {
    const full = { ...req, accountType: 'roth' as const, afterTaxBasis: 0, afterTaxAccounting: 'pro-rata' as const, afterTaxSubaccountBalance: undefined, pre1987Basis: 0 };
    const errors = validateWithdrawal(full, REACH);
    if (!errors.length) errors.push(...validateRmdYearOf(full, REACH));
    const conversions: RothIraConversion[] = [];
    const slots = [[req.conversion1Year, req.conversion1Amount, req.conversion1Taxed, 1], [req.conversion2Year, req.conversion2Amount, req.conversion2Taxed, 2]] as const;
    const year = Number(req.distributionDate.slice(0, 4));
    for (const [y, amount, taxed, n] of slots) {
      if (y === undefined) {
        if (amount > 0) errors.push({ field: `conversion${n}Year`, message: 'Enter the year of this conversion.' });
        continue;
      }
      if (y > year) errors.push({ field: `conversion${n}Year`, message: 'A conversion cannot be after the distribution year.' });
      if (taxed > amount) errors.push({ field: `conversion${n}Taxed`, message: 'The taxed part cannot be more than the conversion.' });
      conversions.push({ year: y, amount: toCents(amount), taxedAtConversion: toCents(taxed) });
    }
    if (conversions.reduce((s, c) => s + c.amount, 0) > toCents(req.rothBasis))
      errors.push({ field: 'conversion1Amount', message: 'For the same numbers, conversions are part of the Roth basis you entered; together they cannot be more than it.' });
    if (req.rothIraFirstYear !== undefined && req.rothIraFirstYear > year) errors.push({ field: 'rothIraFirstYear', message: 'This year cannot be after the distribution year.' });
    if (errors.length) return { errors };
    const w = computeWithdrawal(full, explain, 'distribution', REACH);
    const rolled = rolloverOfNonRollable(full, w.exceptions);
    if (rolled.length) return { errors: rolled };
    const claims = new Set<string>(req.claims);
    const cmp = compareRothIraWith401k({
      year, distributionDate: req.distributionDate, amount: toCents(req.amount), balance: toCents(req.vestedBalance), basis: toCents(req.rothBasis), conversions,
      firstRothIraYear: req.rothIraFirstYear ?? (w.rothFiveYearPeriod ? Number(w.rothFiveYearPeriod.startsOn.slice(0, 4)) : req.rothFirstContributionYear!), reached59Half: w.age59HalfReached, roth401kQualified: w.rothQualified === true,
      qualifyingEvent: w.age59HalfReached || claims.has('death') || claims.has('disability') || claims.has('first-home'),
    });
    explain.add('irc-408a-d-4-roth-ira-ordering', [...cmp.ira.steps, cmp.summary].join(' '), ['irc-408a-d-4', 'reg-1-408a-6', 'irc-408a-d-3-f', 'irc-72-e-8']);
    // A qualified distribution is tax-free, but the contributions it recovers are still figured pro rata, as if it were
    // not qualified (Treas. Reg. §1.402A-1, Q&A-7): that sets the basis left for any later nonqualified distribution.
    const amount = toCents(req.amount);
    const balance = toCents(req.vestedBalance);
    const basis = Math.min(toCents(req.rothBasis), balance);
    const recovered = w.rothQualified === true ? (balance > 0 ? Math.min(amount, roundCents((amount * basis) / balance)) : 0) : toCents(w.nontaxableAmount);
    if (w.rothQualified === true && recovered > 0)
      explain.add(
        'reg-1-402a-1-q7-basis-recovered',
        `All ${usd(amount)} is tax-free. For your records, the contributions it recovers are figured pro rata, as if it were not qualified: ${usd(amount)} × ${usd(basis)} ÷ ${usd(balance)} = ${usd(recovered)} of contributions and ${usd(amount - recovered)} of earnings, leaving ${usd(toCents(req.rothBasis) - recovered)} of contributions in the account.`,
        ['reg-1-402a-1'],
      );
    return {
      result: {
        qualified: w.rothQualified,
        fiveYearPeriod: w.rothFiveYearPeriod,
        /** Contributions the distribution recovers, pro rata even when it is qualified (Treas. Reg. §1.402A-1, Q&A-7). */
        contributionsPart: toDollars(recovered),
        /** Earnings it carries: the taxable part of a nonqualified distribution; tax-free in a qualified one. */
        earningsPart: toDollars(amount - recovered),
        ...w,
        /** The same distribution under the Roth IRA ordering rules, against the Roth 401(k)'s pro-rata rule. */
        rothIraComparison: {
          qualified: cmp.ira.qualified,
          fiveYearsMetOn: cmp.ira.fiveYearsMetOn,
          layers: cmp.ira.layers.map((l) => ({ ...l, amount: toDollars(l.amount), taxable: toDollars(l.taxable), subjectToAdditionalTax: toDollars(l.subjectToAdditionalTax) })),
          taxable: toDollars(cmp.ira.taxable),
          subjectToAdditionalTax: toDollars(cmp.ira.subjectToAdditionalTax),
          additionalTaxBeforeOtherExceptions: toDollars(cmp.ira.additionalTaxBeforeOtherExceptions),
          roth401kTaxable: toDollars(cmp.plan401kTaxable),
          roth401kAdditionalTaxBeforeOtherExceptions: toDollars(cmp.plan401kTax),
          /** How much less (or more) of the distribution is taxable under the Roth IRA rules; one of the two is 0. */
          taxableLowerUnderRothIra: toDollars(Math.max(0, cmp.plan401kTaxable - cmp.ira.taxable)),
          taxableHigherUnderRothIra: toDollars(Math.max(0, cmp.ira.taxable - cmp.plan401kTaxable)),
          summary: cmp.summary,
        },
      },
    };
  },
});
