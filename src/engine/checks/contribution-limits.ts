/**
 * `contribution-limits`: how much a person may defer into 401(k) plans in a year — the §402(g) limit, the §414(v)
 * catch-up for their age, whether catch-ups must be Roth (§414(v)(7), from 2026), any excess and how to correct it
 * (Treas. Reg. §1.402(g)-1(e)), and how the deferrals are taxed. An employee's traditional deferrals are excluded from
 * W-2 box 1 wages (IRC §402(e)(3)) and Roth deferrals are not (§402A). A self-employed person (sole proprietor,
 * partner, single-member LLC owner) has no W-2 wages: their pre-tax deferrals, catch-ups and employer contributions are
 * deducted on Schedule 1 (Form 1040), line 16 (§401(c); §404(a)(8)(C); Pub. 560 ch. 4), within the Pub. 560 worksheet's
 * limits. Then the annual additions of §415(c): deferrals and employer and after-tax contributions, per employer.
 */
import { defineCheck, implausibleAge, isCovered, yearNotCovered } from '../core/check.ts';
import { figureSources, figureValue, type FigureUse } from '../core/explain.ts';
import { clampZero, toCents, toDollars, usd } from '../core/money.ts';
import { boolean, date, integer, money, object, oneOf, optional, taxYear, withDefault } from '../core/request-kit.ts';
import { annualAdditions } from '../rules/annual-additions.ts';
import { catchUpForAge, rothCatchUpRule } from '../rules/catch-up.ts';
import { returnDueDate } from '../rules/return-due-date.ts';
import { selfEmployedWorksheet, type SelfEmployedWorksheet } from '../rules/self-employed-deduction.ts';
import { longDate } from '../core/dates.ts';
import { ruleFigures } from '../../data/rule-figures.ts';

/** The 60–63 tier's ages and start, for saying in earlier years that it does not exist yet. */
const HIGHER_FIRST = ruleFigures['catch-up-60-63-first-age'];
const HIGHER_LAST = ruleFigures['catch-up-60-63-last-age'];
export const WORK_STATUSES = ['employee', 'self-employed'] as const;
const [PLANS, ADDITIONS] = ['Other plans and what your plan allows', 'Employer contributions, and the self-employed'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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
    planOffersAge60To63CatchUp: withDefault(boolean({ label: 'The plan allows the higher catch-up at ages 60 to 63', group: PLANS }), true),
    planOffersRoth: withDefault(boolean({ label: 'The plan offers Roth deferrals', group: PLANS }), true),
    workStatus: withDefault(oneOf(WORK_STATUSES, { label: 'How you work for this plan’s sponsor', help: 'Self-employed: a sole proprietor, partner or single-member LLC owner.', group: ADDITIONS, choices: { employee: 'An employee (W-2 wages)', 'self-employed': 'Self-employed (sole proprietor, partner or single-member LLC)' } }), 'employee'),
    compensation: optional(money({ label: 'Employee: your pay from this employer for the year', help: 'Before pre-tax deferrals; for the limits that depend on compensation.', group: ADDITIONS })),
    netProfit: optional(money({ label: 'Self-employed: net profit of the business', help: 'Schedule C line 31 or Schedule K-1 box 14 code A.', group: ADDITIONS, requiredWhen: { field: 'workStatus', is: 'self-employed' } })),
    seTaxDeduction: optional(money({ label: 'Self-employed: deduction for half of self-employment tax', help: 'Schedule 1 (Form 1040) line 15, from Schedule SE.', group: ADDITIONS, requiredWhen: { field: 'workStatus', is: 'self-employed' } })),
    employerContributions: withDefault(money({ label: 'Employer contributions for you to this plan this year', help: 'Match, nonelective or profit-sharing.', group: ADDITIONS }), 0),
    afterTaxContributions: withDefault(money({ label: 'After-tax (non-Roth) contributions you make to this plan this year', group: ADDITIONS }), 0),
    sameEmployerOtherPlanAdditions: withDefault(money({ label: 'Contributions for you this year to the same employer’s other plans', help: 'Other defined contribution plans of the employer or its controlled group: deferrals, employer and after-tax.', group: ADDITIONS }), 0),
    planAssets: optional(money({ label: 'Self-employed: assets of all your one-participant plans at the end of the plan year', group: ADDITIONS })),
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
      if (req.compensation !== undefined) errors.push({ field: 'compensation', message: 'A self-employed person has no wages from the business; leave this empty and enter the net profit instead.' });
      if (errors.length) return { errors };
    } else {
      const onlySelfEmployed = (['netProfit', 'seTaxDeduction', 'planAssets'] as const).filter((k) => req[k] !== undefined);
      if (onlySelfEmployed.length) return { errors: onlySelfEmployed.map((field) => ({ field, message: 'This applies only if you are self-employed; choose that status or leave it empty.' })) };
    }

    // 1. The §402(g) limit: pre-tax and Roth deferrals together, across all employers.
    const baseUses: FigureUse[] = [];
    const base = toCents(figureValue('elective-deferral-limit', year, baseUses));
    explain.add(
      'irc-402g-elective-deferral-limit',
      `The ${year} limit on elective deferrals is ${usd(base)}: pre-tax and Roth deferrals together, in all the 401(k), 403(b) and SIMPLE plans you defer into.`,
      ['irc-402-g', ...figureSources('elective-deferral-limit', year)],
      baseUses,
    );

    // 2. The catch-up for the age reached by December 31.
    const ageUses: FigureUse[] = [];
    const c = catchUpForAge(req.birthDate, year, ageUses);
    const higher = c.higherTier;
    const tierText =
      c.tier === 'none'
        ? `You are ${c.age} at the end of ${year}, under ${c.catchUpAge}, so no catch-up applies.`
        : c.tier === 'age-60-63'
          ? `You reach ${c.age} in ${year}, within ages ${higher!.first} to ${higher!.last}, so the higher catch-up of ${usd(c.amount)} applies.`
          : `You reach ${c.age} by the end of ${year}, so the catch-up for ${c.catchUpAge} and older, ${usd(c.amount)}, applies` +
            (higher ? ` (the higher amount is only for ages ${higher.first} to ${higher.last}).` : `; the higher catch-up for ages ${HIGHER_FIRST.value} to ${HIGHER_LAST.value} starts only in ${HIGHER_FIRST.effectiveFrom.slice(0, 4)}.`);
    explain.add(c.tier === 'age-60-63' ? 'irc-414v-2-e-catch-up-60-63' : 'irc-414v-catch-up-age-50', tierText, c.tier === 'age-60-63' ? ['irc-414-v-2-e', 'reg-1-414v-1'] : ['irc-414-v', 'reg-1-414v-1'], ageUses);

    // 3. What the plan allows, and the Roth requirement for higher earners.
    const rothUses: FigureUse[] = [];
    // §414(v)(7)(A) turns on FICA wages from the plan's sponsor; a self-employed person's earnings are not wages.
    const wages = req.priorYearFicaWages === undefined || selfEmployed ? undefined : toCents(req.priorYearFicaWages);
    const roth = rothCatchUpRule(year, wages, rothUses);
    let available = c.amount;
    let planNote = '';
    if (c.tier !== 'none' && !req.planOffersCatchUp) {
      available = 0;
      planNote = 'Your plan does not allow catch-up contributions, so none can be made to it.';
    } else if (c.tier === 'age-60-63' && !req.planOffersAge60To63CatchUp) {
      available = toCents(figureValue('catch-up-50', year, ageUses));
      planNote = `Your plan does not offer the higher catch-up, so the regular catch-up of ${usd(available)} applies.`;
    }
    if (planNote) explain.add('plan-terms-catch-up', `${planNote} Plans need not offer catch-ups or the higher amount.`, ['irc-414-v', 'reg-1-414v-1']);

    const blocked = roth.required && !req.planOffersRoth && available > 0;
    if (c.tier !== 'none') {
      const wagesText = selfEmployed ? 'As a self-employed person you have no FICA wages from your own business (self-employment earnings are not wages)' : wages === undefined ? `You had no FICA wages from this employer in ${year - 1}` : `Your ${year - 1} FICA wages from this employer, ${usd(wages)}, are ${roth.aboveThreshold ? 'above' : wages === roth.threshold ? 'exactly at (not above)' : 'not above'} the ${usd(roth.threshold)} threshold`;
      const text = roth.required
        ? `${wagesText}, so from ${roth.firstYear} all your catch-ups must be Roth contributions.` +
          (blocked ? ' Your plan has no Roth option, so it may not accept catch-ups from you at all.' : '')
        : year < roth.firstYear
          ? `${wagesText}. Catch-ups of higher earners must be Roth only from ${roth.firstYear}; in ${year} they may be pre-tax or Roth.`
          : `${wagesText}, so your catch-ups may be pre-tax or Roth.`;
      explain.add('irc-414v-7-roth-catch-up', text, ['irc-414-v-7', ...figureSources('roth-catch-up-wage-threshold', year)], rothUses);
    }
    if (blocked) available = 0;
    const total = base + available;

    // 4. Planned deferrals against the limit.
    const trad = toCents(req.traditionalDeferrals);
    const rothDef = toCents(req.rothDeferrals);
    const other = toCents(req.otherEmployerDeferrals);
    const planned = trad + rothDef + other;
    const excess = clampZero(planned - total);
    const catchUpUsed = Math.min(available, clampZero(planned - base));
    const rothShortfall = roth.required ? clampZero(Math.min(catchUpUsed, trad + rothDef) - rothDef) : 0; // §414(v)(7): only this plan's catch-ups move to Roth here
    explain.add(
      'irc-402g-total-allowed',
      `Total you may defer: ${usd(base)}${available ? ` + ${usd(available)} catch-up` : ''} = ${usd(total)}. Planned: ${usd(trad)} pre-tax + ${usd(rothDef)} Roth${other ? ` + ${usd(other)} at other employers` : ''} = ${usd(planned)}` +
        (excess ? `, ${usd(excess)} over the limit.` : ', within the limit.') +
        (rothShortfall ? ` ${usd(catchUpUsed)} of it is catch-up, which must be Roth; only ${usd(rothDef)} is planned as Roth, so ${usd(rothShortfall)} more must be designated Roth.` : ''),
      ['irc-402-g', 'irc-414-v'],
    );

    // 5. Excess deferrals: paid out with their earnings by April 15 of the next year, or taxed twice.
    const month = figureValue('excess-deferral-correction-month', year);
    const day = figureValue('excess-deferral-correction-day', year);
    const deadline = `${year + 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const deadlineText = `${MONTHS[month - 1]} ${day}, ${year + 1}`;
    if (excess > 0) {
      explain.add(
        'reg-1-402g-1-e-excess-deferrals',
        `Ask the plan to pay out the excess ${usd(excess)} with its earnings by ${deadlineText}. The excess counts as income for ${year}; its earnings count in the year they are paid out. If it is not paid out by then, the excess is taxed for ${year} and taxed again when it is later distributed.`,
        ['irc-402-g', 'reg-1-402g-1-e'],
      );
    }

    // 6. The annual additions of §415(c), per employer (controlled group), catch-ups on top. Deferrals at unrelated
    // employers count only against §402(g); an excess deferral is treated as coming out of this plan last.
    const thisPlan = trad + rothDef;
    const catchUpHere = Math.min(catchUpUsed, thisPlan);
    const excessHere = Math.min(excess, thisPlan - catchUpHere);
    const deferralsCounted = thisPlan - catchUpHere - excessHere;
    const employer = toCents(req.employerContributions);
    const afterTax = toCents(req.afterTaxContributions);
    const otherSame = toCents(req.sameEmployerOtherPlanAdditions);

    let worksheet: SelfEmployedWorksheet | null = null;
    let compensation: number | null = req.compensation === undefined ? null : toCents(req.compensation);
    if (selfEmployed) {
      const wsUses: FigureUse[] = [];
      // Pub. 560 step 9 takes deferrals within the §402(g) limit and step 17 the catch-ups; the Roth part is step 19.
      worksheet = selfEmployedWorksheet(year, toCents(req.netProfit!), toCents(req.seTaxDeduction!), deferralsCounted, catchUpHere, Math.min(rothDef, deferralsCounted + catchUpHere), wsUses);
      const w = worksheet;
      // §401(c)(2): compensation is net earnings less the deduction for the employer contribution made for you.
      compensation = clampZero(w.netEarnings - Math.min(employer, w.maxEmployerContribution));
      explain.add(
        'pub-560-self-employed-deduction-worksheet',
        `Pub. 560 deduction worksheet: net profit ${usd(w.netProfit)} − self-employment tax deduction ${usd(w.seTaxDeduction)} = net earnings ${usd(w.netEarnings)} (steps 1–3). ` +
          `The plan’s ${w.planRatePercent}% rate reduced for the self-employed is ${w.reducedRatePercent}%: ${usd(w.netEarnings)} × ${w.reducedRatePercent}% = ${usd(w.rateLimit)} (steps 4–5)` +
          `${w.compensationLimitCap < w.rateLimit ? `, capped at ${w.planRatePercent}% of the compensation limit, ${usd(w.compensationLimitCap)}` : ''}. ` +
          `With ${usd(w.deferrals)} of deferrals, employer contributions are also held to ${usd(w.dollarLimit)} − ${usd(w.deferrals)} = ${usd(clampZero(w.dollarLimit - w.deferrals))} and to half of (${usd(w.netEarnings)} − ${usd(w.deferrals)}) = ${usd(w.halfOfRemainder)}, so the business may contribute up to ${usd(w.maxEmployerContribution)} for you as employer (step 13): 25% of your compensation as Pub. 560 defines it. ` +
          `Deferrals allowed ${usd(w.deferralsAllowed)}${w.catchUpAllowed ? `, catch-ups ${usd(w.catchUpAllowed)}` : ''}; most you can put in ${usd(w.maxContribution)}, of which ${usd(w.maxDeductible)} is deductible${w.rothPart ? ` (Roth ${usd(w.rothPart)} is not)` : ''} (steps 15–20).`,
        ['pub-560', 'irc-401-c', 'irc-404-a-3', 'irc-404-a-8-c', 'irc-415-c'],
        wsUses,
      );
    } else if (compensation !== null) {
      const capped = Math.min(compensation, toCents(figureValue('compensation-limit', year)));
      const rate = figureValue('employer-deduction-rate', year);
      explain.add(
        'irc-404a3-employer-deduction-limit',
        `Your employer may deduct contributions of up to ${rate}% of the compensation of everyone in the plan together (elective deferrals do not count against it); for your ${usd(capped)} of compensation${capped < compensation ? ' (capped at the compensation limit)' : ''} that is ${usd(Math.floor((capped * rate) / 100))}. It is the employer’s limit across all participants, not yours alone; the limit that is yours is the annual additions limit below.`,
        ['irc-404-a-3', 'irc-404-n', 'irc-401-a-17'],
        [{ id: 'employer-deduction-rate', label: ruleFigures['employer-deduction-rate'].label, value: rate, unit: 'percent' }],
      );
    }
    const aaUses: FigureUse[] = [];
    const aa = annualAdditions(year, { deferrals: deferralsCounted, employer, afterTax, otherPlansSameEmployer: otherSame }, compensation, aaUses);
    explain.add(
      'irc-415c-annual-additions',
      `Annual additions for you from this employer: deferrals ${usd(aa.deferrals)}${catchUpHere ? ` (catch-ups of ${usd(catchUpHere)} do not count)` : ''} + employer contributions ${usd(employer)} + after-tax contributions ${usd(afterTax)}${otherSame ? ` + ${usd(otherSame)} in the same employer’s other plans` : ''} = ${usd(aa.total)}. ` +
        `The limit is ${aa.compensationLimit === null ? `${usd(aa.dollarLimit)}` : `the lesser of ${usd(aa.dollarLimit)} and 100% of your compensation (${usd(aa.compensationLimit)}), ${usd(aa.limit)}`}: ` +
        (aa.position === 'above' ? `${usd(aa.over)} over. The plan must correct the excess (usually by returning deferrals or reducing employer contributions).` : aa.position === 'at' ? 'exactly at the limit.' : `${usd(aa.room)} of room left.`) +
        ' The limit is per employer: plans of businesses in the same controlled group count together, plans of unrelated employers do not.' +
        (catchUpHere ? ` With the catch-ups on top, up to ${usd(aa.limit + catchUpHere)} can go in.` : ''),
      ['irc-415-c', 'irc-415-h', 'irc-414-b', 'irc-414-v'],
      aaUses,
    );

    // 7. How the contributions are taxed.
    const mustBeRoth = rothShortfall;
    let deduction = 0;
    let employerAllowed = employer;
    if (worksheet) {
      const w = worksheet;
      employerAllowed = Math.min(employer, w.maxEmployerContribution);
      const pretaxDeferrals = clampZero(w.deferralsAllowed + w.catchUpAllowed - w.rothPart);
      deduction = pretaxDeferrals + employerAllowed;
      explain.add(
        'irc-404a8c-self-employed-deduction',
        `Self-employed, you have no W-2 wages to leave deferrals out of. Your pre-tax deferrals and catch-ups (${usd(pretaxDeferrals)}) and the employer contribution for you (${usd(employerAllowed)}) are deducted on Schedule 1 (Form 1040), line 16: ${usd(deduction)} in all.` +
          (employer > employerAllowed ? ` The ${usd(employer - employerAllowed)} of employer contributions above the limit is not deductible.` : '') +
          (rothDef ? ` Roth deferrals (${usd(Math.min(rothDef, w.rothPart))}) are not deducted.` : '') +
          ' The deduction lowers income tax, not self-employment tax.',
        ['irc-401-c', 'irc-404-a-8-c', 'pub-560', 'i1040-schedule-1-line-16'],
      );
      const electBy = `${year}-12-31`;
      const due = returnDueDate(year, false);
      const extended = returnDueDate(year, true);
      explain.add(
        'reg-1-401k-1-a-6-deferral-election-deadline',
        `Deadlines: elect your deferrals by ${longDate(electBy)}, because a self-employed person’s pay is treated as received on the last day of the year. Employer contributions can be paid in as late as your return’s due date, ${longDate(due)}, or ${longDate(extended)} with an extension, and still count for ${year}.`,
        ['reg-1-401k-1-a-6', 'irc-404-a-6', 'irc-6072-a', 'irc-6081-a', 'irc-7503', 'pub-560'],
      );
    } else {
      explain.add(
        'irc-402e3-deferrals-excluded-from-wages',
        `Pre-tax deferrals (${usd(trad - mustBeRoth)}) are left out of your taxable wages in W-2 box 1, so you pay no income tax on them now; they are still Social Security and Medicare wages (boxes 3 and 5). Roth deferrals (${usd(rothDef + mustBeRoth)}${mustBeRoth ? `, including the ${usd(mustBeRoth)} of catch-ups that must be Roth` : ''}) stay in box 1 and are taxed now. Nothing is subtracted on Form 1040: an employee’s 401(k) deferrals are excluded from wages, not claimed as a deduction.`,
        ['irc-402-e-3', 'irc-402a', 'irc-3121-v-1-a', 'iw2'],
      );
    }
    let form5500EZ: { required: boolean; threshold: number; planAssets: number } | null = null;
    if (selfEmployed && req.planAssets !== undefined) {
      const threshold = toCents(figureValue('form-5500-ez-asset-threshold', year));
      const assets = toCents(req.planAssets);
      form5500EZ = { required: assets > threshold, threshold: toDollars(threshold), planAssets: toDollars(assets) };
      explain.add(
        'form-5500-ez-one-participant-plan',
        assets > threshold
          ? `Your one-participant plans hold ${usd(assets)} at the end of the plan year, more than ${usd(threshold)}, so the plan must file Form 5500-EZ (or Form 5500-SF) for the year, by the last day of the seventh month after the plan year ends.`
          : `Your one-participant plans hold ${usd(assets)}, not more than ${usd(threshold)}, so no Form 5500-EZ is due for the year — except for the plan’s final year, which always files.`,
        ['i5500ez'],
      );
    }

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
        catchUpUsed: toDollars(catchUpUsed),
        catchUpRothShortfall: toDollars(rothShortfall),
        excessDeferral: toDollars(excess),
        excessCorrectionDeadline: excess > 0 ? deadline : null,
        annualAdditionsLimit: figureValue('annual-additions-limit', year),
        workStatus: req.workStatus,
        excludedFromBox1Wages: selfEmployed ? 0 : toDollars(trad - mustBeRoth),
        includedInBox1Wages: selfEmployed ? 0 : toDollars(rothDef + mustBeRoth),
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
        employerDeductionLimit: worksheet ? toDollars(worksheet.maxEmployerContribution) : compensation === null ? null : toDollars(Math.floor((Math.min(compensation, toCents(figureValue('compensation-limit', year))) * figureValue('employer-deduction-rate', year)) / 100)),
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

