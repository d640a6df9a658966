/**
 * `contribution-limits`: how much a person may defer into 401(k) plans in a year — the §402(g) limit, the §414(v)
 * catch-up for their age, whether catch-ups must be Roth (§414(v)(7), from 2026), any excess and how to correct it
 * (Treas. Reg. §1.402(g)-1(e)), and how the deferrals are taxed. An employee's traditional deferrals are excluded from
 * W-2 box 1 wages (IRC §402(e)(3)) and Roth deferrals are not (§402A). A self-employed person (sole proprietor,
 * partner, single-member LLC owner) has no W-2 wages: their pre-tax deferrals, catch-ups and employer contributions are
 * deducted on Schedule 1 (Form 1040), line 16 (§401(c); §404(a)(8)(C); Pub. 560 ch. 4), within the Pub. 560 worksheet's
 * limits. Then the annual additions of §415(c): deferrals and employer and after-tax contributions, per employer.
 */
import { prose } from '../../data/prose.ts';
import { defineCheck, implausibleAge, isCovered, yearNotCovered } from '../core/check.ts';
import { figureValue, type FigureUse } from '../core/explain.ts';
import { clampZero, toCents, toDollars, usd } from '../core/money.ts';
import { boolean, date, integer, money, object, oneOf, optional, percent, taxYear, withDefault } from '../core/request-kit.ts';
import { annualAdditions, catchUpCompensationCap, catchUpOverAnnualAdditions, deferralsCounted, explainAnnualAdditions } from '../rules/annual-additions.ts';
import { catchUpAllowed } from '../rules/catch-up-allowed.ts';
import { deferralsExcludedFromWages, excessIncludedInIncome } from '../rules/deferrals-excluded-from-wages.ts';
import { electiveDeferralLimit, excessDeferralCorrection, plannedDeferrals } from '../rules/elective-deferral-limit.ts';
import { employerDeductionLimit, explainEmployerDeductionLimit } from '../rules/employer-deduction-limit.ts';
import { form5500EZ as form5500EZFor, type Form5500EZ } from '../rules/form-5500-ez.ts';
import { returnDueDate } from '../rules/return-due-date.ts';
import { explainSelfEmployedWorksheet, selfEmployedDeduction, selfEmployedWorksheet, type SelfEmployedWorksheet } from '../rules/self-employed-deduction.ts';

export const WORK_STATUSES = ['employee', 'self-employed'] as const;
const [PLANS, ADDITIONS] = ['Other plans and what your plan allows', 'Employer contributions, and the self-employed'];

export const contributionLimits = defineCheck({
  id: 'contribution-limits',
  title: '401(k) contribution limits',
  request: object({
    check: oneOf(['contribution-limits'] as const, 'Which check to run'),
    version: withDefault(integer('Request schema version', 1, 1), 1),
    taxYear: taxYear({ label: 'Tax year of the contributions' }),
    birthDate: date({ label: 'Your birth date', help: 'Catch-up ages are reached by December 31.' }),
    traditionalDeferrals: withDefault(money({ label: 'Planned pre-tax (traditional) deferrals to this plan this year' }), 0),
    rothDeferrals: withDefault(money({ label: 'Planned Roth deferrals to this plan this year' }), 0),
    priorYearFicaWages: optional(money({ label: 'Last year’s Social Security (FICA) wages from this plan’s employer', help: 'W-2 box 3. Leave it empty if you had none.' })),
    otherEmployerDeferrals: withDefault(money({ label: 'Deferrals to other employers’ 401(k), 403(b) or SIMPLE plans this year', group: PLANS }), 0),
    planOffersCatchUp: withDefault(boolean({ label: 'The plan allows catch-up contributions', group: PLANS }), true),
    planOffersAge60To63CatchUp: withDefault(boolean({ label: prose('The plan allows the higher catch-up at ages {catch-up-60-63-first-age} to {catch-up-60-63-last-age}'), group: PLANS, shownWhen: { field: 'planOffersCatchUp', is: true } }), true),
    planOffersRoth: withDefault(boolean({ label: 'The plan offers Roth deferrals', group: PLANS }), true),
    workStatus: withDefault(oneOf(WORK_STATUSES, { label: 'How you work for this plan’s sponsor', help: 'Self-employed: a sole proprietor, partner or single-member LLC owner.', group: ADDITIONS, choices: { employee: 'An employee (W-2 wages)', 'self-employed': 'Self-employed (sole proprietor, partner or single-member LLC)' } }), 'employee'),
    compensation: optional(money({ label: 'Employee: your pay from this employer for the year', help: 'Before pre-tax deferrals; for the limits that depend on compensation.', group: ADDITIONS, shownWhen: { field: 'workStatus', is: 'employee' } })),
    netProfit: optional(money({ label: 'Self-employed: net profit of the business', help: 'Schedule C line 31 or Schedule K-1 box 14 code A.', group: ADDITIONS, requiredWhen: { field: 'workStatus', is: 'self-employed' } })),
    seTaxDeduction: optional(money({ label: 'Self-employed: deduction for half of self-employment tax', help: 'Schedule 1 (Form 1040) line 15, from Schedule SE.', group: ADDITIONS, requiredWhen: { field: 'workStatus', is: 'self-employed' } })),
    planContributionRate: optional(percent({ label: 'Self-employed: the plan’s employer contribution rate, if below the maximum', help: prose('As your plan document states it, for example 10%. Leave it empty for the full {employer-deduction-rate}%.'), group: ADDITIONS, shownWhen: { field: 'workStatus', is: 'self-employed' } })),
    employerContributions: withDefault(money({ label: 'Employer contributions for you to this plan this year', help: 'Match, nonelective or profit-sharing.', group: ADDITIONS }), 0),
    afterTaxContributions: withDefault(money({ label: 'After-tax (non-Roth) contributions you make to this plan this year', group: ADDITIONS }), 0),
    sameEmployerOtherPlanAdditions: withDefault(money({ label: 'Contributions for you this year to the same employer’s other plans', help: 'Other defined contribution plans of the employer or its controlled group: deferrals, employer and after-tax.', group: ADDITIONS }), 0),
    planAssets: optional(money({ label: 'Self-employed: assets of all your one-participant plans at the end of the plan year', group: ADDITIONS, shownWhen: { field: 'workStatus', is: 'self-employed' } })),
  }),
  defaultRequest: {
    check: 'contribution-limits',
    taxYear: 2026,
    birthDate: '1964-05-20',
    priorYearFicaWages: 160000,
    traditionalDeferrals: 20000,
    rothDeferrals: 10000,
  },
  run(req, explain) {
    const year = req.taxYear;
    if (!isCovered(year)) return { errors: [yearNotCovered('taxYear', year)] };
    if (req.birthDate > `${year}-12-31`) return { errors: [{ field: 'birthDate', message: 'The birth date must be on or before the end of the tax year.' }] };
    const tooOld = implausibleAge('birthDate', req.birthDate, year);
    if (tooOld) return { errors: [tooOld] };
    const selfEmployed = req.workStatus === 'self-employed';
    if (selfEmployed) {
      const errors: { field: string; message: string }[] = [];
      if (req.netProfit === undefined) errors.push({ field: 'netProfit', message: 'Enter the net profit of your business (Schedule C line 31, or Schedule K-1 box 14 code A).' });
      if (req.seTaxDeduction === undefined) errors.push({ field: 'seTaxDeduction', message: 'Enter the deduction for half of your self-employment tax (Schedule 1, line 15); Schedule SE figures it.' });
      else if (req.netProfit !== undefined && req.seTaxDeduction > req.netProfit) errors.push({ field: 'seTaxDeduction', message: 'The self-employment tax deduction cannot be more than the net profit.' });
      const maxRate = figureValue('employer-deduction-rate', req.taxYear);
      if (req.planContributionRate !== undefined && (req.planContributionRate <= 0 || req.planContributionRate > maxRate))
        errors.push({ field: 'planContributionRate', message: `Enter the plan’s rate, more than 0% and at most ${maxRate}% (IRC §404(a)(3)); leave it empty for ${maxRate}%.` });
      if (req.compensation !== undefined) errors.push({ field: 'compensation', message: 'A self-employed person has no wages from the business; leave this empty and enter the net profit instead.' });
      // Pub. 560 ch. 5: the rate table and deduction worksheet are only for a self-employed person with one defined
      // contribution plan. With more, the plans share the deduction limit (§404(a)(3)(A)(iv)) and the annual additions
      // limit (§415(f)), and the worksheet's figures would overstate the deduction.
      if (req.sameEmployerOtherPlanAdditions > 0) errors.push({ field: 'sameEmployerOtherPlanAdditions', message: 'This check follows the IRS Publication 560 worksheet, which covers a self-employed person with one defined contribution plan only. With other plans of the same business, the plans share the deduction and annual additions limits: leave this at 0 to see this plan alone, and have the combined limits worked out for your plans.' });
      if (errors.length) return { errors };
    } else {
      const onlySelfEmployed = (['netProfit', 'seTaxDeduction', 'planAssets', 'planContributionRate'] as const).filter((k) => req[k] !== undefined);
      if (onlySelfEmployed.length) return { errors: onlySelfEmployed.map((field) => ({ field, message: 'This applies only if you are self-employed; choose that status or leave it empty.' })) };
      // Deferrals and after-tax contributions come out of pay: they cannot be more than it, and the catch-up limit
      // assumes they are not (§414(v)(2)(A)(ii): at most compensation less the other deferrals).
      const fromPay = toCents(req.traditionalDeferrals) + toCents(req.rothDeferrals) + toCents(req.afterTaxContributions);
      if (req.compensation !== undefined && fromPay > toCents(req.compensation))
        return { errors: [{ field: 'compensation', message: `Your deferrals and after-tax contributions to this plan (${usd(fromPay)}) are more than the pay you entered (${usd(toCents(req.compensation))}); they come out of that pay. Check both amounts.` }] };
    }

    // 1–3. The §402(g) limit, the catch-up for the age reached by December 31 and what the plan allows of it.
    const base = electiveDeferralLimit(year, explain);
    const { age: c, roth, available, blocked } = catchUpAllowed({ year, birthDate: req.birthDate, priorYearFicaWages: req.priorYearFicaWages, selfEmployed, planOffersCatchUp: req.planOffersCatchUp, planOffersAge60To63CatchUp: req.planOffersAge60To63CatchUp, planOffersRoth: req.planOffersRoth }, explain);

    // 4–5. Planned deferrals against the limit; an excess is paid out by April 15 of the next year, or taxed twice.
    const trad = toCents(req.traditionalDeferrals);
    const rothDef = toCents(req.rothDeferrals);
    const { total, planned, excess, catchUpUsed } = plannedDeferrals({ base, available, traditional: trad, roth: rothDef, otherEmployers: toCents(req.otherEmployerDeferrals), rothCatchUpRequired: roth.required }, explain);
    const deadline = excessDeferralCorrection(year, excess, explain);

    // 6. The annual additions of §415(c), per employer (controlled group), catch-ups on top. Deferrals at unrelated
    // employers count only against §402(g).
    let { catchUpHere, counted } = deferralsCounted(trad + rothDef, catchUpUsed, excess);
    const employer = toCents(req.employerContributions);
    let worksheet: SelfEmployedWorksheet | null = null;
    let compensation: number | null = req.compensation === undefined ? null : toCents(req.compensation);
    if (selfEmployed) {
      const wsUses: FigureUse[] = [];
      // Pub. 560 step 9 takes deferrals within the §402(g) limit and step 17 the catch-ups; the Roth part is step 19.
      worksheet = selfEmployedWorksheet(year, toCents(req.netProfit!), toCents(req.seTaxDeduction!), counted, catchUpHere, Math.min(rothDef, counted + catchUpHere), wsUses, req.planContributionRate);
      // §401(c)(2): compensation is net earnings less the deduction for the employer contribution made for you.
      compensation = clampZero(worksheet.netEarnings - Math.min(employer, worksheet.maxEmployerContribution));
      explainSelfEmployedWorksheet(worksheet, wsUses, explain);
    } else if (compensation !== null) explainEmployerDeductionLimit(year, compensation, explain);
    const afterTax = toCents(req.afterTaxContributions);
    const otherPlansSameEmployer = toCents(req.sameEmployerOtherPlanAdditions);
    // An employee's deferrals above the §415(c) limit are catch-ups while catch-up room is left (the Pub. 560
    // worksheet instead holds a self-employed person's employer contribution down to fit).
    const overLimitCatchUp = selfEmployed ? 0 : catchUpOverAnnualAdditions(year, { deferrals: counted, employer, afterTax, otherPlansSameEmployer }, compensation, { thisPlanDeferrals: trad + rothDef, catchUpRoom: clampZero(available - catchUpUsed), mustBeRoth: roth.required }, explain);
    catchUpHere += overLimitCatchUp;
    counted -= overLimitCatchUp;
    // §414(v)(2)(A)(ii): no more catch-ups than pay left after the other deferrals.
    const keptCatchUp = catchUpCompensationCap(compensation, counted, catchUpHere, explain);
    const catchUpOverPay = catchUpHere - keptCatchUp;
    catchUpHere = keptCatchUp;
    counted += catchUpOverPay;
    const aaUses: FigureUse[] = [];
    const aa = annualAdditions(year, { deferrals: counted, employer, afterTax, otherPlansSameEmployer }, compensation, aaUses);
    explainAnnualAdditions(aa, catchUpHere, aaUses, explain);

    // 7. How the contributions are taxed: excluded from an employee's wages, deducted by the self-employed.
    // §414(v)(7): every catch-up made to this plan must be Roth, those from the §415(c) overflow too; only this plan's
    // deferrals can move to Roth.
    const mustBeRoth = roth.required ? clampZero(catchUpHere - rothDef) : 0;
    const se = worksheet ? selfEmployedDeduction(year, worksheet, employer, rothDef, explain) : null;
    const excessIncome = worksheet ? 0 : excessIncludedInIncome(excess, rothDef + mustBeRoth, total); // §402(g)(1)(A); the worksheet already leaves it out
    if (!worksheet) deferralsExcludedFromWages(trad, rothDef, mustBeRoth, excessIncome, year, explain);
    const deduction = se ? se.deduction : 0;
    const employerAllowed = se ? se.employerAllowed : employer;
    const form5500EZ: Form5500EZ | null = selfEmployed && req.planAssets !== undefined ? form5500EZFor(year, toCents(req.planAssets), explain) : null;

    return {
      result: {
        taxYear: year,
        ageAtYearEnd: c.age,
        baseLimit: toDollars(base),
        catchUpTier: c.tier,
        catchUpForAge: toDollars(c.amount),
        catchUpAllowed: toDollars(available),
        rothCatchUpRequired: roth.required,
        rothCatchUpWageThreshold: toDollars(roth.threshold),
        catchUpsBlockedNoRoth: blocked,
        totalAllowed: toDollars(total),
        plannedDeferrals: toDollars(planned),
        catchUpUsed: toDollars(catchUpUsed + overLimitCatchUp - catchUpOverPay),
        catchUpRothShortfall: toDollars(mustBeRoth),
        excessDeferral: toDollars(excess),
        excessCorrectionDeadline: excess > 0 ? deadline : null,
        annualAdditionsLimit: figureValue('annual-additions-limit', year),
        workStatus: req.workStatus,
        excludedFromBox1Wages: selfEmployed ? 0 : toDollars(trad - mustBeRoth),
        includedInBox1Wages: selfEmployed ? 0 : toDollars(rothDef + mustBeRoth),
        excessIncludedInIncome: toDollars(excessIncome), // employee: income for the year although a W-2 may leave it out of box 1
        annualAdditions: {
          deferrals: toDollars(aa.deferrals),
          employerContributions: toDollars(aa.employer),
          afterTaxContributions: toDollars(aa.afterTax),
          otherPlansSameEmployer: toDollars(aa.otherPlansSameEmployer),
          total: toDollars(aa.total),
          dollarLimit: toDollars(aa.dollarLimit),
          compensationLimit: aa.compensationLimit === null ? null : toDollars(aa.compensationLimit),
          limit: toDollars(aa.limit),
          over: toDollars(aa.over),
          room: toDollars(aa.room),
          position: aa.position,
          catchUpsOnTop: toDollars(catchUpHere),
        },
        employerDeductionLimit: worksheet ? toDollars(worksheet.maxEmployerContribution) : compensation === null ? null : toDollars(employerDeductionLimit(year, compensation)),
        selfEmployed: worksheet && {
          netEarnings: toDollars(worksheet.netEarnings),
          reducedRatePercent: worksheet.reducedRatePercent,
          maxEmployerContribution: toDollars(worksheet.maxEmployerContribution),
          employerContributionAllowed: toDollars(employerAllowed),
          employerContributionOverLimit: toDollars(employer - employerAllowed),
          maxContribution: toDollars(worksheet.maxContribution),
          maxDeductible: toDollars(worksheet.maxDeductible),
          schedule1Line16Deduction: toDollars(deduction),
          deferralElectionDeadline: `${year}-12-31`,
          employerContributionDeadline: returnDueDate(year, false),
          employerContributionDeadlineExtended: returnDueDate(year, true),
        },
        form5500EZ,
        note: selfEmployed
          ? 'Self-employed: your pre-tax deferrals, catch-ups and the employer contribution for yourself are deducted on Schedule 1 (Form 1040), line 16; Roth deferrals are not. The annual additions limit covers your deferrals and employer contributions together; catch-ups are on top of it.'
          : 'Traditional deferrals lower your taxable wages (W-2 box 1) but not your Social Security and Medicare wages; Roth deferrals are taxed now. The annual additions limit covers your deferrals and employer contributions together; catch-ups are on top of it.',
      },
    };
  },
});

