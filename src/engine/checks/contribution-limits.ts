/**
 * `contribution-limits`: how much a person may defer into 401(k) plans in a year — the §402(g) limit, the §414(v)
 * catch-up for their age, whether catch-ups must be Roth (§414(v)(7), from 2026), any excess and how to correct it
 * (Treas. Reg. §1.402(g)-1(e)), and how the deferrals are taxed. Traditional deferrals are excluded from W-2 box 1
 * wages (IRC §402(e)(3)) and Roth deferrals are not (§402A); a 401(k) deferral is never an income-tax deduction.
 */
import { defineCheck, implausibleAge, isCovered, yearNotCovered } from '../core/check.ts';
import { figureSources, figureValue, type FigureUse } from '../core/explain.ts';
import { clampZero, toCents, toDollars, usd } from '../core/money.ts';
import { boolean, date, integer, money, object, oneOf, optional, withDefault } from '../core/request-kit.ts';
import { catchUpForAge, rothCatchUpRule } from '../rules/catch-up.ts';

import { rules } from '../../data/index.ts';

/** The 60–63 tier's ages and start, for saying in earlier years that it does not exist yet. */
const HIGHER_FIRST = rules.figures['catch-up-60-63-first-age'];
const HIGHER_LAST = rules.figures['catch-up-60-63-last-age'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const contributionLimits = defineCheck({
  id: 'contribution-limits',
  title: '401(k) contribution limits',
  request: object({
    check: oneOf(['contribution-limits'] as const, 'Which check to run'),
    version: withDefault(integer('Request schema version', 1, 1), 1),
    taxYear: integer('Tax year of the contributions', 1900, 2200),
    birthDate: date('Your birth date (catch-up ages are reached by December 31)'),
    priorYearFicaWages: optional(money('Last year’s Social Security (FICA) wages from the employer that sponsors this plan, W-2 box 3 (dollars); leave empty if you had none')),
    traditionalDeferrals: withDefault(money('Planned pre-tax (traditional) deferrals to this plan this year (dollars)'), 0),
    rothDeferrals: withDefault(money('Planned Roth deferrals to this plan this year (dollars)'), 0),
    otherEmployerDeferrals: withDefault(money('Deferrals to other employers’ 401(k), 403(b) or SIMPLE plans this year (dollars)'), 0),
    planOffersCatchUp: withDefault(boolean('The plan allows catch-up contributions'), true),
    planOffersAge60To63CatchUp: withDefault(boolean('The plan allows the higher catch-up at ages 60 to 63'), true),
    planOffersRoth: withDefault(boolean('The plan offers Roth deferrals'), true),
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
    const wages = req.priorYearFicaWages === undefined ? undefined : toCents(req.priorYearFicaWages);
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
      const wagesText = wages === undefined ? `You had no FICA wages from this employer in ${year - 1}` : `Your ${year - 1} FICA wages from this employer, ${usd(wages)}, are ${roth.aboveThreshold ? 'above' : wages === roth.threshold ? 'exactly at (not above)' : 'not above'} the ${usd(roth.threshold)} threshold`;
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
    const rothShortfall = roth.required ? clampZero(catchUpUsed - rothDef) : 0;
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

    // 6. How the deferrals are taxed.
    explain.add(
      'irc-402e3-deferrals-excluded-from-wages',
      `Pre-tax deferrals (${usd(trad)}) are left out of your taxable wages in W-2 box 1, so you pay no income tax on them now; they are still Social Security and Medicare wages (boxes 3 and 5). Roth deferrals (${usd(rothDef)}) stay in box 1 and are taxed now. Nothing is subtracted on Form 1040: 401(k) deferrals are excluded from wages, not claimed as a deduction.`,
      ['irc-402-e-3', 'irc-402a', 'irc-3121-v-1-a', 'iw2'],
    );

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
        excludedFromBox1Wages: toDollars(trad),
        includedInBox1Wages: toDollars(rothDef),
        note: 'Traditional deferrals lower your taxable wages (W-2 box 1) but not your Social Security and Medicare wages; Roth deferrals are taxed now. The annual additions limit covers your deferrals and employer contributions together; catch-ups are on top of it.',
      },
    };
  },
});

