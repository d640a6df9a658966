/**
 * The §72(t) exceptions as small predicates (IRC §72(t)(2), (10), (11)). Each one says whether the
 * exception applies to the facts given and why, and how much of the distribution it covers. The catalog in
 * `src/data/rules.ts` holds names, conditions, caps and citations; only the tests of the conditions live here.
 */
import { rules, type ExceptionId, type TaxException } from '../../data/index.ts';
import { addDays, longDate } from '../core/dates.ts';
import type { PublicSafetyRole } from '../core/fields.ts';
import { figureValue, optionalFigure } from '../core/explain.ts';
import { clampZero, percentOf, toCents, usd } from '../core/money.ts';
import { date59Half } from './age-59-half.ts';
import { emergency } from './exceptions/emergency.ts';
import { firstHome, healthInsuranceUnemployed, higherEducation } from './exceptions/ira-expenses.ts';
import { separationRule } from './exceptions/separation.ts';
import { all, no, upTo, withinYearsFrom, type ExceptionFacts, type Verdict } from './exceptions/verdict.ts';

export type { ExceptionId };
export type { ExceptionFacts, ExceptionStatus, PlanKind, Verdict } from './exceptions/verdict.ts';

const ROLES_SINCE_2022: readonly PublicSafetyRole[] = ['state-local-corrections', 'private-sector-firefighter'];

type Predicate = (f: ExceptionFacts) => Verdict;

const predicates: Record<ExceptionId, Predicate> = {
  'age-59-half': (f) => {
    const on = date59Half(f.birthDate, f.year);
    return f.distributionDate >= on
      ? all(`You reach 59½ on ${longDate(on)}; this distribution on ${longDate(f.distributionDate)} is on or after that date.`)
      : no(`You reach 59½ on ${longDate(on)}; this distribution on ${longDate(f.distributionDate)} is before that date.`);
  },
  death: (f) => (f.claims.has('death') ? all('Paid to a beneficiary or the estate after the participant’s death, at any age.') : no('Only distributions paid after the participant’s death qualify.')),
  disability: (f) =>
    f.claims.has('disability')
      ? all('You said you are totally and permanently disabled: unable to do any substantial gainful activity because of a condition a physician expects to result in death or to last indefinitely. Keep the physician’s statement.')
      : no('Only total and permanent disability as defined in §72(m)(7) qualifies.'),
  sepp: (f) => {
    if (!f.claims.has('sepp')) return no('Only payments in a series of substantially equal periodic payments qualify.');
    // §72(t)(4): once the series is changed it no longer exists; later payments are not part of one.
    if (f.seppModificationDate && f.seppModificationDate <= f.distributionDate)
      return no(`The series was changed on ${longDate(f.seppModificationDate)}; this distribution is not part of a series of substantially equal payments.`);
    if (f.plan === 'ira') return all('Part of a series of substantially equal periodic payments. Changing the series before the later of five years or 59½ brings back the tax on all earlier payments, with interest.');
    if (!f.separatedFromPlanEmployer || !f.separationDate) return no('From a 401(k) the periodic payments must begin after you separate from the employer that maintains the plan.');
    if (!f.seppStartDate) return no('Enter the date the periodic payments began: from a 401(k) they must begin after you separate from the employer.');
    if (f.seppStartDate < f.separationDate) return no(`The payments began on ${longDate(f.seppStartDate)}, before you left the employer on ${longDate(f.separationDate)}; from a 401(k) they must begin after separation.`);
    return all('Part of a series of substantially equal periodic payments that began after you left the employer. Changing the series before the later of five years or 59½ brings back the tax on all earlier payments, with interest.');
  },
  'separation-55': (f) => separationRule(f, figureValue('separation-age', f.year), 'separation-55'),
  'public-safety': (f) => {
    if (!f.publicSafetyEmployee) return no('Only for qualified public safety employees.');
    // SECURE 2.0 Act §§308, 329 and 330 apply to distributions after December 29, 2022 only.
    const expandedFrom = String(rules.figures['public-safety-expansion-from'].value);
    const sinceExpansion = f.distributionDate >= expandedFrom;
    if (f.publicSafetyRole && ROLES_SINCE_2022.includes(f.publicSafetyRole) && !sinceExpansion)
      return no(`${f.publicSafetyRole === 'private-sector-firefighter' ? 'Firefighters in private-sector plans' : 'State and local corrections officers'} count as public safety employees only for distributions after ${longDate(addDays(expandedFrom, -1))}.`);
    const plan = f.publicSafetyRole === 'private-sector-firefighter' ? 'a private-sector firefighter’s plan' : 'a governmental plan';
    const byAge = separationRule(f, figureValue('public-safety-separation-age', f.year), 'public-safety');
    if (byAge.status === 'applies') return { ...byAge, reason: `${byAge.reason} The distribution must come from ${plan}.` };
    if (!sinceExpansion) return byAge;
    const years = figureValue('public-safety-service-years', f.year);
    if (f.separatedFromPlanEmployer && f.separationDate && f.separationDate <= f.distributionDate && (f.yearsOfService ?? 0) >= years)
      return all(`You separated after ${f.yearsOfService} years of service under the plan (${years} or more qualifies, whatever your age, for distributions after ${longDate(addDays(expandedFrom, -1))}). The distribution must come from ${plan}.`);
    return byAge;
  },
  'esop-dividends': (f) => (f.claims.has('esop-dividends') ? all('Dividends on employer stock passed through by an ESOP.') : no('Only ESOP dividends qualify.')),
  levy: (f) => (f.claims.has('levy') ? all('Paid to the IRS because it levied the plan; a voluntary payment to the IRS would not qualify.') : no('Only an IRS levy on the account qualifies, not a voluntary payment.')),
  medical: (f) => {
    if (f.medicalExpenses === undefined || f.agi === undefined) return { status: 'applies', reason: `Covers only the part of the medical expenses you paid this year above ${figureValue('medical-agi-floor', f.year)}% of your AGI.`, cover: 0 };
    const floorPct = figureValue('medical-agi-floor', f.year);
    const floor = percentOf(f.agi, floorPct);
    const over = clampZero(f.medicalExpenses - floor);
    return upTo(
      over,
      over > 0
        ? `Medical expenses of ${usd(f.medicalExpenses)} exceed ${floorPct}% of your AGI (${usd(floor)}) by ${usd(over)}; that much is excepted, whether or not you itemize.`
        : `Medical expenses of ${usd(f.medicalExpenses)} do not exceed ${floorPct}% of your AGI (${usd(floor)}, counting this distribution), so nothing is excepted.`,
    );
  },
  qdro: (f) => (f.claims.has('qdro') ? all('Paid from the plan to an alternate payee (such as a former spouse) under a qualified domestic relations order.') : no('Only payments to an alternate payee under a QDRO qualify.')),
  'health-insurance-unemployed': healthInsuranceUnemployed,
  'higher-education': higherEducation,
  'first-home': firstHome,
  reservist: (f) => {
    if (!f.claims.has('reservist')) return no('Only for reservists called to active duty.');
    const days = figureValue('reservist-days', f.year);
    if (!f.reservistOrderedOver179Days) return no(`You must be ordered or called to active duty for more than ${days} days or for an indefinite period.`);
    if (!f.reservistDistributionDuringDuty) return no('The distribution must be made during the active-duty period.');
    return all(`Ordered to active duty for more than ${days} days and paid during it${f.plan === '401k' ? ' (from amounts attributable to elective deferrals)' : ''}.`);
  },
  'birth-adoption': (f) => {
    const perChild = toCents(figureValue('birth-adoption-cap-per-child', f.year));
    // §72(t)(2)(H): without the child's name, age and TIN on the return the distribution does not qualify.
    const tin = 'Your return for the year must show each child’s name, age and taxpayer identification number, or the exception is lost.';
    if (!f.birthAdoptionDate) return { status: 'applies', reason: `Up to ${usd(perChild)} per child, for each parent, across all distributions for that child from any plan or IRA, within one year after the birth or finalized adoption. ${tin}`, cover: 0 };
    const years = figureValue('birth-adoption-window-years', f.year);
    if (!withinYearsFrom(f.birthAdoptionDate, f.distributionDate, years))
      return no(`The distribution must be within one year after the birth or adoption on ${longDate(f.birthAdoptionDate)}.`);
    const children = f.birthAdoptionChildren ?? 0;
    if (children < 1) return no('Enter the number of children born or adopted.');
    // §72(t)(2)(H)(ii): the limit is per individual and per birth or adoption, across every plan and IRA.
    const limit = perChild * children;
    const prior = Math.min(limit, f.birthAdoptionPriorDistributions ?? 0);
    const left = limit - prior;
    const limitText = `${children} × ${usd(perChild)} per child = ${usd(limit)}`;
    if (prior === 0) return upTo(left, `${limitText} can be excepted (each parent has their own limit). ${tin}`);
    return upTo(left, left > 0
      ? `${limitText}, less ${usd(prior)} of earlier birth or adoption distributions for the same ${children === 1 ? 'child' : 'children'}, leaves ${usd(left)} that can be excepted. ${tin}`
      : `Earlier birth or adoption distributions of ${usd(prior)} for the same ${children === 1 ? 'child' : 'children'} have used the whole ${limitText}; nothing more can be excepted.`);
  },
  emergency,
  'domestic-abuse': (f) => {
    const cap = toCents(figureValue('domestic-abuse-cap', f.year));
    const share = figureValue('domestic-abuse-balance-share', f.year);
    if (f.domesticAbuseDate && !withinYearsFrom(f.domesticAbuseDate, f.distributionDate, figureValue('domestic-abuse-window-years', f.year)))
      return no(`The distribution must be within one year after the abuse (${longDate(f.domesticAbuseDate)}).`);
    if (!f.domesticAbuseDate) return { status: 'applies', reason: `Within one year after domestic abuse, up to the lesser of ${usd(cap)} or ${share}% of your vested balance.`, cover: 0 };
    if (f.vestedBalance === undefined) return { status: 'applies', reason: `Up to the lesser of ${usd(cap)} or ${share}% of your vested balance.`, cover: 0 };
    const half = percentOf(f.vestedBalance, share);
    const cover = Math.min(cap, half);
    return upTo(cover, `The lesser of the ${f.year} cap of ${usd(cap)} or ${share}% of your vested balance (${usd(half)}) = ${usd(cover)} can be excepted.`);
  },
  'terminal-illness': (f) =>
    f.terminalIllnessCertified
      ? all(`A physician certified an illness reasonably expected to result in death within ${figureValue('terminal-illness-months', f.year)} months; there is no dollar cap.`)
      : no(`A physician must certify an illness reasonably expected to result in death within ${figureValue('terminal-illness-months', f.year)} months.`),
  disaster: (f) => {
    const cap = toCents(figureValue('disaster-cap', f.year));
    const firstIncident = rules.figures['disaster-cap'].effectiveFrom;
    if (!f.disasterIncidentStart || !f.disasterDeclarationDate)
      return { status: 'applies', reason: `Up to ${usd(cap)} per federally declared disaster, within ${figureValue('disaster-window-days', f.year)} days after the later of the incident’s first day or the declaration.`, cover: 0 };
    if (f.disasterIncidentStart < firstIncident) return no(`Only disasters whose incident period began on or after ${longDate(firstIncident)} qualify.`);
    // §72(t)(11)(A)(i): on or after the incident's first day and before the date 180 days after the applicable
    // date, which is the latest of the incident's first day, the declaration, and the enactment of SECURE 2.0.
    const enacted = String(rules.figures['disaster-earliest-applicable-date'].value);
    const applicable = [f.disasterIncidentStart, f.disasterDeclarationDate, enacted].sort().at(-1)!;
    const days = figureValue('disaster-window-days', f.year);
    const last = addDays(applicable, days - 1);
    if (f.distributionDate < f.disasterIncidentStart || f.distributionDate > last)
      return no(`The distribution must be made from ${longDate(f.disasterIncidentStart)} (the incident’s first day) through ${longDate(last)}, before the ${days}th day after ${longDate(applicable)}.`);
    const left = clampZero(cap - (f.disasterPriorDistributions ?? 0));
    return upTo(left, left > 0
      ? `Within the window; ${usd(left)} of the ${usd(cap)} per-disaster limit remains, if your main home was in the disaster area and you had an economic loss.`
      : `You have already used the ${usd(cap)} limit for this disaster.`);
  },
  'long-term-care': (f) => {
    if (!f.planOffersLongTermCare) return no('Your plan must offer long-term care distributions; the exception cannot be claimed on the return otherwise.', 'needs-plan-support');
    const cap = optionalFigure('long-term-care-cap', f.year);
    // Unreachable with the data as it is (every covered year from the start date has its limit); kept total.
    if (cap === undefined) return no(`The site has no ${f.year} dollar limit for long-term care distributions, so it cannot say how much is excepted.`);
    const share = figureValue('long-term-care-balance-share', f.year);
    if (f.vestedBalance === undefined || f.longTermCarePremiums === undefined)
      return { status: 'applies', reason: `Up to the least of premiums paid, ${share}% of your vested balance, or ${usd(toCents(cap))}.`, cover: 0 };
    const tenth = percentOf(f.vestedBalance, share);
    const cover = Math.min(f.longTermCarePremiums, tenth, toCents(cap));
    return upTo(cover, `The least of premiums paid in ${f.year} (${usd(f.longTermCarePremiums)}), ${share}% of your vested balance (${usd(tenth)}) and the ${f.year} cap (${usd(toCents(cap))}) = ${usd(cover)}. The insurer’s long-term care premium statement must be filed with the plan.`);
  },
  corrective: (f) => (f.claims.has('corrective') ? all('A timely corrective distribution of excess contributions and their earnings.') : no('Only corrective distributions qualify.')),
  'eaca-withdrawal': (f) =>
    f.claims.has('eaca-withdrawal')
      ? all(f.plan === 'ira'
        ? 'A permissive withdrawal after opting out of automatic enrollment; from an IRA this is possible only in a SIMPLE IRA or a salary-reduction SEP (SARSEP).'
        : 'A permissive withdrawal after opting out of automatic enrollment within the plan’s window.')
      : no('Only permissive withdrawals under automatic enrollment qualify.'),
  plesa: (f) =>
    f.claims.has('plesa')
      ? all('A withdrawal from a pension-linked emergency savings account in your plan; the additional tax does not apply to it.')
      : no('Only withdrawals from a pension-linked emergency savings account qualify.'),
  'ira-excess-earnings': (f) =>
    f.claims.has('ira-excess-earnings')
      ? all('The earnings on an excess IRA contribution withdrawn with it by the due date of your return (including extensions); they are taxable income but owe no additional tax.')
      : no('Only the earnings returned with an excess IRA contribution by the return’s due date qualify.'),
  rollover: () => no('Described by how the money was paid (direct rollover, or rolled over within 60 days).'),
  'phased-retirement': (f) => (f.claims.has('phased-retirement') ? all('Federal phased-retirement annuity payments.') : no('Only federal phased-retirement annuity payments qualify.')),
};

/** Applies the catalog's gates (plan type, effective date), then the exception's own predicate. */
export function judgeException(exc: TaxException, f: ExceptionFacts): Verdict {
  if (f.plan === '401k' && !exc.plan) return no(`${exc.name} is an IRA-only exception; it does not apply to a 401(k) distribution.`, 'ira-only');
  if (f.plan === 'ira' && !exc.ira) return no(`${exc.name} applies only to distributions from a qualified plan such as a 401(k), not an IRA.`, 'plan-only');
  if (exc.effectiveFrom && f.distributionDate < exc.effectiveFrom)
    return no(`${exc.name} covers only distributions on or after ${longDate(exc.effectiveFrom)}.`);
  return predicates[exc.id as ExceptionId](f);
}

export function exceptionById(id: string): TaxException | undefined {
  return rules.exceptions.find((e) => e.id === id);
}
