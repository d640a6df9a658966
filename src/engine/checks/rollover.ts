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
import { prose } from '../../data/prose.ts';
import { defineCheck, implausibleAge, implausibleStateRate, isCovered, yearNotCovered } from '../core/check.ts';
import { yearOf } from '../core/dates.ts';
import { baseDistributionFields as distributionFields, GROUPS, returnFields } from '../core/fields.ts';
import { clampZero, percentOf, toCents, toDollars, usd } from '../core/money.ts';
import { boolean, date, integer, money, object, oneOf, optional, withDefault, type FieldError } from '../core/request-kit.ts';
import { estimatedTaxNote } from '../rules/estimated-tax.ts';
import { inPlanRothRecapture } from '../rules/in-plan-roth-recapture.ts';
import { explainLateRollover } from '../rules/late-rollover.ts';
import { incomeTaxAdded } from '../rules/income-tax-added.ts';
import { explainRollover1099R, rollover1099RCode } from '../rules/rollover-1099r-code.ts';
import { rolloverAdditionalTax } from '../rules/rollover-additional-tax.ts';
import { rolloverAgeAndRoth } from '../rules/rollover-age-and-roth.ts';
import { explainDestination, rolloverContradictions } from '../rules/rollover-destinations.ts';
import { explainRolloverRmdPart, rolloverRmdErrors, rolloverRmdPart } from '../rules/rollover-rmd-part.ts';
import { explainRolloverTaxable, ROLLOVER_DESTINATIONS, ROLLOVER_METHODS, ROLLOVER_SOURCES, rolloverTaxable } from '../rules/rollover-taxable-amount.ts';
import { rolloverWithholding } from '../rules/rollover-withholding.ts';
import { rothYearContradictions } from '../withdrawal/roth-first-year.ts';
import { separateReturnSpouseErrors } from '../rules/separate-return-spouse.ts';

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
    redeposited: withDefault(money({ label: prose('How much you put into the destination within {rollover-window-days} days'), help: 'Count money you added to replace the tax withheld.', shownWhen: { field: 'method', is: '60-day' } }), 0),
    basisInDistribution: withDefault(money({ label: 'Basis in this amount', help: 'From the plan’s statement (Form 1099-R box 5): after-tax contributions, or for a Roth 401(k) your Roth contributions.', group: GROUPS.rolloverBasis }), 0),
    basisToRothIra: withDefault(boolean({ label: 'Send the after-tax basis to a Roth IRA and the pre-tax part to the destination, in the same distribution', group: GROUPS.rolloverBasis, shownWhen: { field: 'accountType', is: ['pre-tax', 'after-tax'] } }), false),
    basisPaidToYou: withDefault(boolean({ label: 'Direct rollover of the pre-tax part only: have the after-tax basis paid to you, in the same distribution', group: GROUPS.rolloverBasis, shownWhen: [{ field: 'accountType', is: ['pre-tax', 'after-tax'] }, { field: 'method', is: 'direct' }] }), false),
    rothFirstContributionYear: optional(integer({ label: 'Roth 401(k): first year of a Roth contribution to this plan', group: GROUPS.rolloverBasis, shownWhen: { field: 'accountType', is: 'designated-roth' } }, 1980, 2200, 'tax-year')),
    separatedFromPlanEmployer: distributionFields.separatedFromPlanEmployer,
    separationDate: distributionFields.separationDate,
    fivePercentOwner: distributionFields.fivePercentOwner,
    planOffersStillWorkingDelay: distributionFields.planOffersStillWorkingDelay,
    rmdStillToTake: distributionFields.rmdStillToTake,
    otherRolloverEligibleThisYear: distributionFields.otherRolloverEligibleThisYear,
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
    errors.push(...separateReturnSpouseErrors(req));
    if (req.separatedFromPlanEmployer && !req.separationDate) errors.push({ field: 'separationDate', message: 'Enter the date you left the employer.' });
    if (!errors.length) errors.push(...rolloverRmdErrors(req));
    if (errors.length) return { errors };
    const rmd = rolloverRmdPart(req);

    // 1. Age 59½ (the 10% only ever reaches a taxable part kept before it) and, for a Roth 401(k), qualification.
    const { on59, reached59, rothQualified } = rolloverAgeAndRoth({ year, birthDate: req.birthDate, distributionDate: req.distributionDate, roth, rothFirstContributionYear: req.rothFirstContributionYear }, explain);

    // 2. The taxable amount, and the RMD part that cannot be rolled over.
    const amount = toCents(req.amount);
    const basis = toCents(req.basisInDistribution);
    const t = rolloverTaxable({
      source: req.accountType, destination: req.destination, method: req.method, amount, basis, rothQualified,
      rolledOver: toCents(req.redeposited), basisToRothIra: req.basisToRothIra, basisPaidToYou: req.basisPaidToYou,
    });
    explainRolloverTaxable(t, { year, source: req.accountType, destination: req.destination, method: req.method, amount, basisToRothIra: req.basisToRothIra, basisPaidToYou: req.basisPaidToYou }, explain);
    explainRolloverRmdPart(rmd, explain);
    if (roth && req.method === '60-day' && req.destination === 'plan-roth' && t.rolledBasis > 0)
      return { errors: [{ field: 'redeposited', message: `Within 60 days only the taxable earnings (${usd(t.taxableIfKept)}) can go into another plan’s Roth account; the contributions part can go only to a Roth IRA.` }] };

    // 3. The 10% on a taxable part kept before 59½ with no exception (separation in or after the year you turn 55).
    const extra = rolloverAdditionalTax({ year, distributionDate: req.distributionDate, birthDate: req.birthDate, separatedFromPlanEmployer: req.separatedFromPlanEmployer, separationDate: req.separationDate, reached59, keptTaxable: t.keptTaxable, conversion: t.conversion }, explain);

    // 4. The income tax the taxable amount adds: the return with it minus the return without it.
    // Social Security benefits on the return can become taxable too (§86), and the senior deduction can phase out.
    const income = incomeTaxAdded({
      year, filingStatus: req.filingStatus, birthDate: req.birthDate, spouseBirthDate: req.spouseBirthDate, blind: req.blind, spouseBlind: req.spouseBlind, spouseNoGrossIncome: req.spouseNoGrossIncome, spouseItemizes: req.spouseItemizes,
      itemizedDeductions: req.itemizedDeductions === undefined ? undefined : toCents(req.itemizedDeductions),
      socialSecurityBenefits: toCents(req.socialSecurityBenefits), taxExemptInterest: toCents(req.taxExemptInterest), livedApartAllYear: req.livedApartFromSpouseAllYear,
      otherIncome: toCents(req.otherIncome),
    }, t.taxable, explain);
    explain.add('federal-tax-added', `Federal income tax with the rollover ${usd(income.withIt)} − without it ${usd(income.without)} = ${usd(income.added)} added.`, ['irc-1-j']);

    // 5. Withholding: 20% of the taxable rollable part of a payment to you, none on a direct rollover (§3405(c); §401(a)(31)).
    // Within 60 days a plan takes only the taxable part (§402(c)(2)(A); Treas. Reg. §1.402A-1, Q&A-5(a)).
    const toPlan = req.method === '60-day' && (req.destination === 'plan-pre-tax' || req.destination === 'plan-roth') && t.taxableIfKept < amount;
    const w = rolloverWithholding({
      year, distributionDate: req.distributionDate, method: req.method, amount, taxableIfKept: t.taxableIfKept, rmdPart: rmd.rmdPart, rolledOver: t.rolledOver, otherRolloverEligibleThisYear: toCents(req.otherRolloverEligibleThisYear),
      onlyTaxablePart: toPlan ? { restGoesTo: roth ? 'a Roth IRA' : 'an IRA' } : undefined,
    }, explain);
    const withheld = w.withheld;
    if (req.method === '60-day') explainLateRollover(year, clampZero(rmd.rollable - t.rolledOver), explain);
    const federalCost = income.added + extra.tax;
    const stateEstimate = req.stateTaxRate === undefined ? null : percentOf(t.taxable, req.stateTaxRate);
    if (stateEstimate !== null)
      explain.add('reader-state-estimate', `Your state estimate: the ${req.stateTaxRate}% rate you entered × the taxable ${usd(t.taxable)} = ${usd(stateEstimate)}. States differ (some do not tax conversions or retirement income the same way); federal rules are not applied to it.`, ['irs-topic-558']);
    const balance = federalCost - withheld;
    const estimatedTaxMayBeNeeded = estimatedTaxNote(year, req.filingStatus, federalCost, withheld, explain);

    // 6. Forms, the in-plan recapture window, and what lands in a Roth IRA.
    const code = rollover1099RCode(req.accountType, req.destination, req.method, reached59, extra.separationApplies);
    const box2a = req.method === 'direct' ? t.taxable : t.taxableIfKept;
    explainRollover1099R({ method: req.method, amount, box2a, box5: roth ? null : basis, code, taxable: t.taxable }, explain);
    const recapture = req.destination === 'in-plan-roth' && t.converted > 0 ? inPlanRothRecapture(year, t.converted, on59, extra.ratePercent, explain) : null;
    explainDestination({ source: req.accountType, destination: req.destination, method: req.method, rothQualified, rolledOver: t.rolledOver, rolledBasis: t.rolledBasis, conversion: t.conversion }, explain);

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
        amountSubjectToAdditionalTax: toDollars(extra.subject),
        additionalTax: toDollars(extra.tax),
        incomeTaxWithout: toDollars(income.without),
        incomeTaxWith: toDollars(income.withIt),
        incomeTaxAdded: toDollars(income.added),
        marginalRatePercent: income.marginalRatePercent,
        socialSecurity: income.effects.socialSecurity,
        seniorDeductionLost: income.effects.seniorDeductionLost,
        totalFederalCost: toDollars(federalCost),
        stateTaxEstimate: stateEstimate === null ? null : toDollars(stateEstimate),
        withholding: toDollars(withheld),
        // Basis paid beside a direct rollover of the pre-tax part is cash, with nothing withheld (Notice 2014-54).
        cashReceived: toDollars(req.basisPaidToYou ? t.kept : w.cashReceived),
        makeUpNeeded: toDollars(w.onRollable),
        makeUpNotMade: toDollars(w.notMadeUp),
        rolloverDeadline: w.deadline,
        rmdYear: { required: rmd.year.required, applicableAge: rmd.year.applicableAge, firstYear: rmd.year.firstYear, rmdPart: toDollars(rmd.rmdPart), rollablePart: toDollars(rmd.rollable) },
        balanceDue: toDollars(clampZero(balance)),
        refund: toDollars(clampZero(-balance)),
        estimatedTaxMayBeNeeded,
        form1099R: { box1: toDollars(amount), box2a: toDollars(box2a), box5: roth ? null : toDollars(basis), box7: code },
        inPlanRecapture: recapture,
        rothIraContributionBasis: roth && req.destination === 'roth-ira' ? toDollars(t.rolledBasis) : null,
        irrevocable: t.conversion,
      },
    };
  },
});
