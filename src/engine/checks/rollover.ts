/**
 * `rollover`: moving 401(k) money to an IRA, another plan or a Roth account — directly, or paid to you and put back
 * within 60 days — and what it costs this year: the taxable amount (a conversion to a Roth account is taxed in full,
 * §408A(d)(3)(A), §402A(c)(4)), the federal income tax it adds by the brackets, the 20% withheld from a payment to you
 * (§3405(c)) and the make-up it takes to roll over the whole amount, the 10% additional tax on a taxable part kept
 * before 59½ (§72(t)), the Form 1099-R codes, the five-year recapture window of an in-plan Roth rollover, and the
 * estimated-tax note when nothing is withheld (§6654). A conversion cannot be undone (§408A(d)(6)(B)(iii)). In a year
 * an RMD is due from the plan, the RMD part of the payment is not rollable (§402(c)(4)(B); Treas. Reg. §1.402(c)-2,
 * Q&A-7): it is taxed, withheld at the changeable 10%, and only the rest can be rolled over.
 */
import { rules } from '../../data/rules.ts';
import { defineCheck, implausibleAge, implausibleStateRate, isCovered, yearNotCovered } from '../core/check.ts';
import { longDate, yearOf } from '../core/dates.ts';
import { figureValue, type FigureUse } from '../core/explain.ts';
import { distributionFields, returnFields, GROUPS } from '../withdrawal/fields.ts';
import { clampZero, percentOf, toCents, toDollars, usd } from '../core/money.ts';
import { boolean, date, integer, money, object, oneOf, optional, withDefault, type FieldError } from '../core/request-kit.ts';
import { date59Half } from '../rules/age-59-half.ts';
import { exceptionById, judgeException } from '../rules/exceptions.ts';
import { rothFiveYear } from '../rules/roth-qualified-distribution.ts';
import { rothYearContradictions } from '../withdrawal/validate.ts';
import { rollover1099RCode } from '../rules/rollover-1099r-code.ts';
import { rolloverContradictions } from '../rules/rollover-destinations.ts';
import { explainRolloverRmdPart, rolloverRmdErrors, rolloverRmdPart } from '../rules/rollover-rmd-part.ts';
import { rolloverWithholding } from '../rules/rollover-withholding.ts';
import { ROLLOVER_DESTINATIONS, ROLLOVER_METHODS, ROLLOVER_SOURCES, rolloverTaxable } from '../rules/rollover-taxable-amount.ts';
import { distributionEffects } from '../tax/distribution-effects.ts';
import { federalIncomeTax } from '../tax/federal-income-tax.ts';

const DESTINATION_NAMES = {
  'traditional-ira': 'a traditional IRA', 'plan-pre-tax': 'another plan’s pre-tax account', 'roth-ira': 'a Roth IRA', 'plan-roth': 'another plan’s Roth account',
  'in-plan-roth': 'the Roth account in the same plan (an in-plan Roth rollover)',
} as const;

export const rollover = defineCheck({
  id: 'rollover',
  title: '401(k) rollover or Roth conversion',
  request: object({
    check: oneOf(['rollover'] as const, 'Which check to run'),
    version: withDefault(integer('Request schema version', 1, 1), 1),
    distributionDate: date({ label: 'Date the plan pays or moves the money', help: 'Its year is the tax year.', setsTaxYear: true }),
    birthDate: date({ label: 'Your birth date', help: 'The participant’s.' }),
    amount: money({ label: 'Amount leaving the plan' }),
    accountType: withDefault(oneOf(ROLLOVER_SOURCES, { label: 'The money moved', choices: { 'pre-tax': 'Pre-tax money', 'after-tax': 'After-tax (non-Roth) contributions and their earnings', 'designated-roth': 'Roth 401(k) money' } }), 'pre-tax'),
    destination: oneOf(ROLLOVER_DESTINATIONS, { label: 'Where the money goes', choices: { 'traditional-ira': 'A traditional IRA', 'plan-pre-tax': 'Another plan’s pre-tax account', 'roth-ira': 'A Roth IRA', 'plan-roth': 'Another plan’s Roth account', 'in-plan-roth': 'The Roth account in the same plan (in-plan Roth rollover)' } }),
    method: withDefault(oneOf(ROLLOVER_METHODS, { label: 'How it moves', choices: { direct: 'Direct rollover', '60-day': 'Paid to me, and I put money back' } }), 'direct'),
    redeposited: withDefault(money({ label: '60-day rollover: how much you put into the destination within 60 days', help: 'Count money you added to replace the tax withheld.' }), 0),
    basisInDistribution: withDefault(money({ label: 'Basis in this amount', help: 'From the plan’s statement (Form 1099-R box 5): after-tax contributions, or for a Roth 401(k) your Roth contributions.', group: GROUPS.rolloverBasis }), 0),
    basisToRothIra: withDefault(boolean({ label: 'Send the after-tax basis to a Roth IRA and the pre-tax part to the destination, in the same distribution', group: GROUPS.rolloverBasis }), false),
    rothFirstContributionYear: optional(integer({ label: 'Roth 401(k): first year of a Roth contribution to this plan', group: GROUPS.rolloverBasis }, 1980, 2200, 'tax-year')),
    separatedFromPlanEmployer: distributionFields.separatedFromPlanEmployer,
    separationDate: distributionFields.separationDate,
    fivePercentOwner: distributionFields.fivePercentOwner,
    planOffersStillWorkingDelay: distributionFields.planOffersStillWorkingDelay,
    rmdStillToTake: distributionFields.rmdStillToTake,
    ...returnFields,
  }),
  // A direct conversion at 45: $50,000 of pre-tax money to a Roth IRA on top of $80,000 of other income.
  defaultRequest: {
    check: 'rollover',
    distributionDate: '2026-03-02',
    birthDate: '1981-05-20',
    amount: 50000,
    destination: 'roth-ira',
    otherIncome: 80000,
  },
  run(req, explain) {
    const year = yearOf(req.distributionDate);
    if (!isCovered(year)) return { errors: [yearNotCovered('distributionDate', year)] };
    const errors: FieldError[] = [];
    if (req.birthDate >= req.distributionDate) errors.push({ field: 'birthDate', message: 'The birth date must be before the distribution date.' });
    else {
      const tooOld = implausibleAge('birthDate', req.birthDate, year);
      if (tooOld) errors.push(tooOld);
    }
    const roth = req.accountType === 'designated-roth';
    errors.push(...rolloverContradictions(req, year));
    if (roth && req.rothFirstContributionYear !== undefined && req.rothFirstContributionYear <= year) errors.push(...rothYearContradictions('rothFirstContributionYear', req.rothFirstContributionYear, req.birthDate, year));
    const rate = implausibleStateRate('stateTaxRate', req.stateTaxRate);
    if (rate) errors.push(rate);
    if (req.separatedFromPlanEmployer && !req.separationDate) errors.push({ field: 'separationDate', message: 'Enter the date you left the employer.' });
    if (!errors.length) errors.push(...rolloverRmdErrors(req));
    if (errors.length) return { errors };
    const rmd = rolloverRmdPart(req);

    // 1. Age 59½ (the 10% only ever reaches a taxable part kept before it) and, for a Roth 401(k), qualification.
    const on59 = date59Half(req.birthDate, year);
    const reached59 = req.distributionDate >= on59;
    explain.add(
      'irc-72t-2-a-i-age-59-half',
      `You reach 59½ on ${longDate(on59)}; the distribution on ${longDate(req.distributionDate)} is ${reached59 ? 'on or after' : 'before'} that date.`,
      ['irc-72-t-2-a-i', 'pub-590-b'],
    );
    let rothQualified = false;
    if (roth) {
      const five = rothFiveYear(req.rothFirstContributionYear!, undefined, req.distributionDate, year);
      rothQualified = five.met && reached59;
      explain.add(
        'irc-402a-d-2-qualified-distribution',
        `Roth 401(k): the five-taxable-year period began January 1, ${five.startYear} and ${five.met ? 'was met' : 'will be met'} on ${longDate(five.metOn)}; ` +
          (rothQualified ? 'with 59½ reached, this is a qualified distribution: nothing in it is taxable.' : `${five.met ? 'but you are under 59½' : 'so'} it is not a qualified distribution (death and disability are not asked here): its earnings are taxable unless rolled over.`),
        ['irc-402a-d-2', 'reg-1-402a-1'],
      );
    }

    // 2. The taxable amount.
    const amount = toCents(req.amount);
    const basis = toCents(req.basisInDistribution);
    const t = rolloverTaxable({
      source: req.accountType, destination: req.destination, method: req.method, amount, basis, rothQualified,
      rolledOver: toCents(req.redeposited), basisToRothIra: req.basisToRothIra,
    });
    const where = DESTINATION_NAMES[req.destination];
    const moved = req.method === 'direct' ? `moved directly to ${where}` : `paid to you; ${usd(t.rolledOver)} put into ${where} within 60 days`;
    const steps: string[] = [`${usd(amount)} ${moved}.`];
    if (t.conversion) steps.push(`Pre-tax money going into a Roth account is a conversion: the taxable ${usd(t.converted)} it carries is income for ${year}${t.rolledBasis ? `; the ${usd(t.rolledBasis)} of after-tax basis is not taxed` : ''}. The 10% additional tax does not apply to the converted amount.`);
    else if (t.rolledOver > 0) steps.push(`Rolled into an account of the same tax type, the ${usd(t.rolledOver)} is not taxed now.`);
    if (req.basisToRothIra && t.basisToRoth > 0) steps.push(`The ${usd(t.basisToRoth)} of after-tax basis goes to a Roth IRA at the same time and is not taxed (Notice 2014-54); in the Roth IRA it counts as basis.`);
    if (t.kept > 0) steps.push(`Kept: ${usd(t.kept)}. A partial rollover counts first against the taxable part, so ${usd(t.keptTaxable)} of what you kept is taxable${t.kept - t.keptTaxable ? ` and ${usd(t.kept - t.keptTaxable)} is a tax-free return of basis` : ''}.`);
    steps.push(`Taxable for ${year}: ${usd(t.taxable)}.`);
    explain.add(
      t.conversion ? 'irc-408a-d-3-conversion-taxable' : 'irc-402c-rollover',
      steps.join(' '),
      [
        'irc-402-c', ...(t.conversion ? ['irc-408a-d-3', 'irc-408a-e'] : []), ...(req.destination === 'in-plan-roth' ? ['irc-402a-c-4'] : []),
        ...(t.kept > 0 || t.rolledBasis > 0 ? ['irc-402-c-2'] : []), ...(roth ? ['reg-1-402a-1'] : []), ...(req.basisToRothIra ? ['notice-2014-54'] : []),
      ],
    );
    explainRolloverRmdPart(rmd, explain);
    if (roth && req.method === '60-day' && req.destination === 'plan-roth' && t.rolledBasis > 0)
      return { errors: [{ field: 'redeposited', message: `Within 60 days only the taxable earnings (${usd(t.taxableIfKept)}) can go into another plan’s Roth account; the contributions part can go only to a Roth IRA.` }] };

    // 3. The 10% on a taxable part kept before 59½ with no exception (separation in or after the year you turn 55).
    const sep = judgeException(exceptionById('separation-55')!, {
      year, plan: '401k', distributionDate: req.distributionDate, birthDate: req.birthDate, claims: new Set(),
      separatedFromPlanEmployer: req.separatedFromPlanEmployer, separationDate: req.separationDate,
      publicSafetyEmployee: false, priorEmergencyWithinThreeYears: false, terminalIllnessCertified: false,
      reservistOrderedOver179Days: false, reservistDistributionDuringDuty: false, planOffersLongTermCare: false,
    });
    const excepted = reached59 || sep.status === 'applies';
    const ratePct = figureValue('additional-tax-rate', year);
    const subject = excepted ? 0 : t.keptTaxable;
    const additionalTax = percentOf(subject, ratePct);
    if (t.keptTaxable > 0 || t.conversion) {
      explain.add(
        'irc-72t-1-additional-tax',
        t.keptTaxable === 0
          ? `Nothing taxable is kept, so there is no ${ratePct}% additional tax.`
          : reached59
            ? `You are 59½ or older, so the ${usd(t.keptTaxable)} kept owes no additional tax.`
            : sep.status === 'applies'
              ? `${sep.reason} The ${usd(t.keptTaxable)} kept owes no additional tax.`
              : `The ${usd(t.keptTaxable)} of taxable money kept before 59½ with no exception owes the ${ratePct}% additional tax: ${usd(additionalTax)}.`,
        ['irc-72-t-1', 'irs-topic-558', ...(sep.status === 'applies' ? ['irc-72-t-2-a-v'] : [])],
        [{ id: 'additional-tax-rate', label: rules.figures['additional-tax-rate'].label, value: ratePct, unit: 'percent' }],
      );
    }

    // 4. The income tax the taxable amount adds: the return with it minus the return without it.
    // Social Security benefits on the return can become taxable too (§86), and the senior deduction can phase out.
    const base = {
      year, filingStatus: req.filingStatus, birthDate: req.birthDate, spouseBirthDate: req.spouseBirthDate, blind: req.blind, spouseBlind: req.spouseBlind,
      itemizedDeductions: req.itemizedDeductions === undefined ? undefined : toCents(req.itemizedDeductions),
      socialSecurityBenefits: toCents(req.socialSecurityBenefits), taxExemptInterest: toCents(req.taxExemptInterest), livedApartAllYear: req.livedApartFromSpouseAllYear,
    };
    const other = toCents(req.otherIncome);
    const without = federalIncomeTax({ ...base, agi: other });
    const withIt = federalIncomeTax({ ...base, agi: other + t.taxable }, explain);
    const effects = distributionEffects(without, withIt, t.taxable, explain);
    const incomeTaxAdded = clampZero(withIt.tax - without.tax);
    explain.add('federal-tax-added', `Federal income tax with the rollover ${usd(withIt.tax)} − without it ${usd(without.tax)} = ${usd(incomeTaxAdded)} added.`, ['irc-1-j']);

    // 5. Withholding: 20% of the taxable rollable part of a payment to you, none on a direct rollover (§3405(c); §401(a)(31)).
    const w = rolloverWithholding({ year, distributionDate: req.distributionDate, method: req.method, amount, taxableIfKept: t.taxableIfKept, rmdPart: rmd.rmdPart, rolledOver: t.rolledOver }, explain);
    const withheld = w.withheld;
    const federalCost = incomeTaxAdded + additionalTax;
    const stateEstimate = req.stateTaxRate === undefined ? null : percentOf(t.taxable, req.stateTaxRate);
    if (stateEstimate !== null)
      explain.add('reader-state-estimate', `Your state estimate: the ${req.stateTaxRate}% rate you entered × the taxable ${usd(t.taxable)} = ${usd(stateEstimate)}. States differ (some do not tax conversions or retirement income the same way); federal rules are not applied to it.`, ['irs-topic-558']);
    const balance = federalCost - withheld;
    if (federalCost > 0 && withheld < federalCost) {
      const estUses: FigureUse[] = [];
      const cur = figureValue('estimated-tax-current-year-share', year, estUses);
      const prior = figureValue('estimated-tax-prior-year-share', year, estUses);
      const high = figureValue('estimated-tax-high-income-prior-year-share', year, estUses);
      const highAgi = toCents(figureValue('estimated-tax-high-income-agi', year, estUses));
      explain.add(
        'irc-6654-estimated-tax',
        `${withheld === 0 ? 'Nothing is withheld, so' : `Withholding covers only ${usd(withheld)}, so`} ${usd(balance)} of tax is due with your ${year} return. To avoid the underpayment penalty, pay estimated tax for the quarter you move the money, or have more withheld from pay: the penalty does not apply if withholding and timely estimates cover ${cur}% of this year’s tax or ${prior}% of last year’s (${high}% if last year’s AGI was over ${usd(highAgi)}).`,
        ['irc-6654'],
        estUses,
      );
    }

    // 6. Forms, the in-plan recapture window, and what lands in a Roth IRA.
    const code = rollover1099RCode(req.accountType, req.destination, req.method, reached59, sep.status === 'applies', rothQualified);
    const box2a = req.method === 'direct' ? t.taxable : t.taxableIfKept;
    explain.add(
      'i1099r-rollover-codes',
      `Form 1099-R: box 1 ${usd(amount)}, box 2a ${usd(box2a)}${basis && !roth ? `, box 5 ${usd(basis)}` : ''}, box 7 code ${code}.` +
        (req.method === '60-day' ? ` The payer reports the payment as a distribution; on Form 1040 (lines 5a and 5b) you report ${usd(amount)} and the taxable ${usd(t.taxable)}, and write “Rollover” next to it.` : ''),
      ['i1099r'],
    );
    let recapture = null;
    if (req.destination === 'in-plan-roth' && t.converted > 0) {
      const years = figureValue('in-plan-roth-rollover-recapture-years', year);
      const endsOn = `${year + years - 1}-12-31`;
      recapture = { periodEndsOn: endsOn, amount: toDollars(t.converted), endsEarlierAt59Half: on59 <= endsOn ? on59 : null };
      explain.add(
        'irc-402a-c-4-in-plan-recapture',
        `In-plan Roth rollover: if you take out any of the ${usd(t.converted)} converted before ${longDate(endsOn)} (${years} taxable years from January 1, ${year}), the ${ratePct}% additional tax applies to it as if it had not been converted, unless you are 59½ or another exception applies` +
          (on59 <= endsOn ? ` — from ${longDate(on59)} you are 59½ and the recapture no longer applies.` : '.'),
        ['irc-402a-c-4', 'irc-408a-d-3'],
        [{ id: 'in-plan-roth-rollover-recapture-years', label: rules.figures['in-plan-roth-rollover-recapture-years'].label, value: years, unit: 'years' }],
      );
    }
    if (roth && req.destination === 'roth-ira') {
      explain.add(
        'reg-1-408a-10-roth-401k-to-roth-ira',
        rothQualified
          ? `The whole ${usd(t.rolledOver)} of a qualified Roth 401(k) distribution rolled into a Roth IRA counts as Roth IRA contributions (basis). Years in the Roth 401(k) do not count toward the Roth IRA’s own five-year period.`
          : `In the Roth IRA, the ${usd(t.rolledBasis)} of Roth contributions counts as contributions (basis) and the earnings as earnings. Years in the Roth 401(k) do not count toward the Roth IRA’s own five-year period.`,
        ['reg-1-408a-10'],
      );
    }
    if (roth && req.destination === 'plan-roth' && req.method === '60-day')
      explain.add('reg-1-402a-1-q5-60-day-to-plan', 'Rolled within 60 days into another plan’s Roth account, the earnings start that plan’s five-year period afresh: the old plan’s years do not carry over.', ['reg-1-402a-1']);
    if (t.conversion)
      explain.add('irc-408a-d-6-no-recharacterization', 'A conversion cannot be undone: since 2018 a conversion to a Roth account can no longer be recharacterized back.', ['irc-408a-d-6']);

    return {
      result: {
        taxYear: year,
        reaches59HalfOn: on59,
        age59HalfReached: reached59,
        rothQualified: roth ? rothQualified : null,
        grossAmount: toDollars(amount),
        conversion: t.conversion,
        rolledOver: toDollars(t.rolledOver),
        kept: toDollars(t.kept),
        convertedTaxable: toDollars(t.converted),
        keptTaxable: toDollars(t.keptTaxable),
        taxableAmount: toDollars(t.taxable),
        basisToRoth: toDollars(t.basisToRoth),
        amountSubjectToAdditionalTax: toDollars(subject),
        additionalTax: toDollars(additionalTax),
        incomeTaxWithout: toDollars(without.tax),
        incomeTaxWith: toDollars(withIt.tax),
        incomeTaxAdded: toDollars(incomeTaxAdded),
        marginalRatePercent: withIt.marginalRatePercent,
        socialSecurity: effects.socialSecurity,
        seniorDeductionLost: effects.seniorDeductionLost,
        totalFederalCost: toDollars(federalCost),
        stateTaxEstimate: stateEstimate === null ? null : toDollars(stateEstimate),
        withholding: toDollars(withheld),
        cashReceived: toDollars(w.cashReceived),
        makeUpNeeded: toDollars(w.onRollable),
        makeUpNotMade: toDollars(w.notMadeUp),
        rolloverDeadline: w.deadline,
        rmdYear: { required: rmd.year.required, applicableAge: rmd.year.applicableAge, firstYear: rmd.year.firstYear, rmdPart: toDollars(rmd.rmdPart), rollablePart: toDollars(rmd.rollable) },
        balanceDue: toDollars(clampZero(balance)),
        refund: toDollars(clampZero(-balance)),
        estimatedTaxMayBeNeeded: federalCost > 0 && withheld < federalCost,
        form1099R: { box1: toDollars(amount), box2a: toDollars(box2a), box5: roth ? null : toDollars(basis), box7: code },
        inPlanRecapture: recapture,
        rothIraContributionBasis: roth && req.destination === 'roth-ira' ? toDollars(t.rolledBasis) : null,
        irrevocable: t.conversion,
      },
    };
  },
});
