/**
 * `hardship`: a 401(k) hardship distribution (Treas. Reg. §1.401(k)-1(d)(3)). Whether the reason is one of the seven
 * safe-harbor needs, the smallest gross amount that still covers the need after the taxes it causes, and what it costs.
 * Hardship is not an exception to the 10% additional tax (IRS "Consider the consequences"); it is not an eligible
 * rollover distribution (IRC §402(c)(4)(C)), so it cannot be rolled over, gets the 10% default withholding rather than
 * the mandatory 20% (§3405(b)), and cannot be repaid to the plan.
 */
import { prose } from '../../data/prose.ts';
import { rules } from '../../data/rules.ts';
import { defineCheck } from '../core/check.ts';
import { yearOf } from '../core/dates.ts';
import { figureValue } from '../core/explain.ts';
import { distributionFields, returnFields } from '../withdrawal/fields.ts';
import { toCents, toDollars, usd, type Cents } from '../core/money.ts';
import { integer, money, object, oneOf, optional, setOf, withDefault, withMeta } from '../core/request-kit.ts';
import { computeWithdrawal, validateWithdrawal, type WithdrawalRequest } from '../withdrawal/compute.ts';
import { everyException } from '../withdrawal/every-exception.ts';
import { age59HalfLabel } from '../rules/age-59-half.ts';
import { grossUp } from '../rules/gross-up.ts';

/** A hardship distribution may claim any exception; it is paid to the participant, never rolled over, not from an IRA. */
const REACH = { exceptions: everyException };

const REASON_IDS = rules.hardshipReasons.map((r) => r.id) as (typeof rules.hardshipReasons)[number]['id'][];
const REASONS = [...REASON_IDS, 'other'] as const;
const REASON_LABELS = Object.fromEntries(rules.hardshipReasons.map((r) => [r.id, r.name])) as Record<(typeof REASON_IDS)[number], string>;

/** Hardship money is paid to the participant: no rollover fields, and the amount is what the search finds. */
const { amount: _amount, payment: _payment, rolledOverWithin60Days: _rolled, otherRolloverEligibleThisYear: _other, ...hardshipDistributionFields } = distributionFields;

export const hardship = defineCheck({
  id: 'hardship',
  title: 'Hardship withdrawal',
  request: object({
    check: oneOf(['hardship'] as const, 'Which check to run'),
    version: withDefault(integer('Request schema version', 1, 1), 1),
    reason: oneOf(REASONS, { label: 'What the money is for', help: 'One of the seven safe-harbor needs, or something else.', choices: { ...REASON_LABELS, other: 'Something else' } }),
    planReasons: optional(
      setOf(REASON_IDS, { label: 'The needs your plan accepts, if you know them', help: 'Plans may accept fewer than seven. Leave all unticked if you do not know.', group: 'What your plan accepts', choices: REASON_LABELS }),
    ),
    amountNeeded: money({ label: 'What you need in hand after taxes', help: 'The plan may include the taxes the withdrawal causes.' }),
    ...hardshipDistributionFields,
    rmdStillToTake: withMeta(distributionFields.rmdStillToTake, { group: 'Withholding' }),
    withholdingRate: withMeta(distributionFields.withholdingRate, { group: 'Withholding', help: prose('A hardship withdrawal cannot be rolled over, so the plan withholds {default-withholding-rate}% unless you choose another rate.') }),
    ...returnFields,
    stateTaxRate: withMeta(returnFields.stateTaxRate, { group: null }),
  }),
  defaultRequest: {
    check: 'hardship',
    reason: 'eviction-foreclosure',
    amountNeeded: 10000,
    distributionDate: '2026-06-15',
    birthDate: '1980-03-10',
    vestedBalance: 80000,
    otherIncome: 60000,
    stateTaxRate: 5,
  },
  run(req, explain) {
    const need = toCents(req.amountNeeded);
    const balance = toCents(req.vestedBalance);
    const base: WithdrawalRequest = { ...req, amount: Math.min(req.amountNeeded, req.vestedBalance), payment: 'to-participant', rolledOverWithin60Days: 0, otherRolloverEligibleThisYear: 0 };
    const errors = validateWithdrawal(base, REACH);
    if (need <= 0) errors.push({ field: 'amountNeeded', message: 'Enter the amount you need.' });
    if (errors.length) return { errors };
    const year = yearOf(req.distributionDate);

    // 1. The reason.
    const reason = rules.hardshipReasons.find((r) => r.id === req.reason);
    // No needs ticked is "I do not know" (the field says so), not "my plan accepts none": unknown, never "No".
    const offeredByPlan = req.planReasons === undefined || req.planReasons.length === 0 ? null : reason !== undefined && (req.planReasons as readonly string[]).includes(reason.id);
    explain.add(
      'reg-1-401k-1-d-3-safe-harbor-needs',
      reason
        ? `${reason.name} is one of the ${rules.hardshipReasons.length} needs the regulation deems immediate and heavy: ${reason.text}` +
            (offeredByPlan === false ? ' Your plan does not accept this need, so it cannot pay a hardship distribution for it.' : ' Plans may accept all, some or none of them; check your plan’s terms.')
        : `This need is not one of the ${rules.hardshipReasons.length} safe-harbor needs (${rules.hardshipReasons.map((r) => r.name.toLowerCase()).join('; ')}). A plan that uses the safe harbor will not pay a hardship distribution for it.`,
      rules.hardshipSources,
    );
    const ratePct = figureValue('additional-tax-rate', year);
    explain.add(
      'irs-hardship-not-an-exception',
      `A hardship distribution lets the plan pay you while you still work there; it is not an exception to the ${ratePct}% additional tax. The ${ratePct}% applies to the taxable part if you are under ${age59HalfLabel(year)} unless a separate exception covers it.`,
      ['irs-hardship-consequences', 'irc-72-t-1'],
    );

    // 2. The gross-up: the smallest gross that covers the need both when it is paid (the payment less what is withheld)
    // and after the taxes it adds. Withholding above the tax comes back only when the return is filed, so the money in
    // hand when paid can be the shorter of the two.
    const nets = new Map<Cents, Cents>();
    const netOf = (gross: Cents): Cents => {
      let n = nets.get(gross);
      if (n === undefined) {
        const w = computeWithdrawal({ ...base, amount: toDollars(gross) }, undefined, 'hardship', REACH);
        nets.set(gross, (n = Math.min(toCents(w.netAfterTaxes), toCents(w.cashReceived))));
      }
      return n;
    };
    const search = grossUp(need, balance, netOf);
    const gross = search.gross ?? balance;
    const w = computeWithdrawal({ ...base, amount: toDollars(gross) }, explain, 'hardship', REACH);
    const oneCentLess = search.gross !== null && gross > need ? toDollars(netOf(gross - 1)) : null;
    const state = w.stateTaxEstimate === null ? '' : ` − your state estimate ${usd(toCents(w.stateTaxEstimate))}`;
    const afterTaxes = toCents(w.netAfterTaxes);
    const cash = toCents(w.cashReceived);
    const withheld = toCents(w.withholding.amount);
    const netsText = `It nets ${usd(gross)} − federal income tax added ${usd(toCents(w.incomeTaxAdded))} − additional tax ${usd(toCents(w.additionalTax))}${state} = ${usd(afterTaxes)} after taxes`;
    // Which test sets the amount: the money in hand when paid, or the net after taxes.
    const cashBinds = cash < afterTaxes;
    const cashText = cashBinds
      ? `; but ${usd(withheld)} is withheld from it, more than the taxes it adds, so ${usd(cash)} is in hand when it is paid, and the rest of the withholding comes back only when you file. Choosing less withholding on Form W-4R would lower the amount needed`
      : withheld > 0 ? `; ${usd(withheld)} is withheld from it, so ${usd(cash)} is in hand when it is paid` : '';
    explain.add(
      'reg-1-401k-1-d-3-gross-up',
      search.gross === null
        ? `Even the whole vested balance of ${usd(balance)} nets only ${usd(Math.min(afterTaxes, cash))} in hand${cash < afterTaxes ? ' after withholding' : ' after taxes'}, less than the ${usd(need)} you need.`
        : `Smallest gross amount that covers ${usd(need)} both when it is paid and after taxes: ${usd(gross)}. ${netsText}${cashText}` +
            (oneCentLess === null ? ', with nothing left to tax.' : `; one cent less would leave ${usd(toCents(oneCentLess))}, short of the need.`) +
            ' The plan may include these taxes in the hardship amount.',
      rules.hardshipSources,
    );

    // 3. What cannot be done with it.
    const defaultPct = figureValue('default-withholding-rate', year);
    const mandatoryPct = figureValue('mandatory-withholding-rate', year);
    explain.add(
      'irc-402c-4-hardship-not-rollover-eligible',
      `A hardship distribution is not an eligible rollover distribution: it cannot be rolled over to an IRA or another plan, and it cannot be paid back into the plan. So the ${mandatoryPct}% mandatory withholding does not apply; ${defaultPct}% is withheld unless you choose another rate (from 0%) on Form W-4R.`,
      ['irc-402-c-4', 'irc-3405-b', 'irs-hardship-consequences'],
    );

    return {
      result: {
        ...w,
        reason: req.reason,
        safeHarbor: reason !== undefined,
        offeredByPlan,
        amountNeeded: req.amountNeeded,
        coverable: search.gross !== null,
        grossAmountNeeded: search.gross === null ? null : toDollars(search.gross),
        oneCentLessNets: oneCentLess,
        rolloverEligible: false,
        repayable: false,
      },
    };
  },
});

