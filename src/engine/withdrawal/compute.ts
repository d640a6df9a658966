/**
 * The cost of taking money out of a 401(k): taxable part, the §72(t) 10% additional tax and its exceptions, the
 * federal income tax the distribution adds (tax with − tax without), withholding, and the forms. Shared by the
 * `early-withdrawal`, `roth-distribution` and `hardship` checks and by the loan default in `loan`.
 */
import { rules } from '../../data/index.ts';
import { implausibleAge, isCovered, yearNotCovered } from '../core/check.ts';
import { longDate, yearOf } from '../core/dates.ts';
import { figureValue, type Explanation } from '../core/explain.ts';
import type { distributionFields, iraFields, returnFields } from '../core/fields.ts';
import { clampZero, percentOf, roundCents, toCents, toDollars, usd, type Cents } from '../core/money.ts';
import type { FieldError, Infer } from '../core/request-kit.ts';
import { date59Half, exceptionById, judgeException, type ExceptionFacts, type ExceptionId, type ExceptionStatus, type PlanKind } from '../rules/exceptions.ts';
import { exceptionDetails, validateExceptionDetails } from '../rules/exception-details.ts';
import { rothFiveYear } from '../rules/roth.ts';
import { distributionEffects, type DistributionEffects } from '../tax/distribution-effects.ts';
import { federalIncomeTax } from '../tax/federal-income-tax.ts';
import { taxableSocialSecurity } from '../tax/social-security.ts';
import { rmdPartOf, rmdYear, validateRmdYear } from '../rules/rmd-year.ts';

type Fields = typeof distributionFields & typeof returnFields;
export type WithdrawalRequest = { [K in keyof Fields]: Infer<Fields[K]> };
/** The early-withdrawal check's extra fields for a distribution from a traditional IRA (optional elsewhere). */
export type IraRequest = { [K in keyof typeof iraFields]?: Infer<(typeof iraFields)[K]> };

/** How the plan pays it: `hardship` and loan defaults are never eligible rollover distributions. */
export type PaidAs = 'distribution' | 'hardship' | 'deemed-loan';

/** SECURE 2.0 distributions that are not eligible rollover distributions (IRC §402(c)(4); facts.md §4). */
const NOT_ROLLOVER_ELIGIBLE: readonly ExceptionId[] = ['emergency', 'domestic-abuse', 'disaster', 'birth-adoption', 'long-term-care'];
/** Exceptions the Form 1099-R instructions tell a payer that knows of them to report with box 7 code 2; medical,
 * reservist and birth-or-adoption distributions stay code 1 and are claimed on Form 5329. */
const PAYER_KNOWN: readonly ExceptionId[] = ['separation-55', 'public-safety', 'sepp', 'levy', 'eaca-withdrawal'];

export type ExceptionOutcome = {
  id: string;
  rule: string;
  name: string;
  claimed: boolean;
  status: ExceptionStatus;
  accepted: boolean;
  reason: string;
  /** Dollars of the distribution the exception covers; null when it covers all of it. */
  covers: number | null;
  form5329: { number: string; confirmed: boolean } | null;
  citations: string[];
};

export type WithdrawalResult = ReturnType<typeof buildResult>;

export function validateWithdrawal(r: WithdrawalRequest & IraRequest): FieldError[] {
  const errors: FieldError[] = [];
  const year = yearOf(r.distributionDate);
  if (!isCovered(year)) errors.push(yearNotCovered('distributionDate', year));
  if (r.birthDate >= r.distributionDate) errors.push({ field: 'birthDate', message: 'The birth date must be before the distribution date.' });
  else {
    const tooOld = implausibleAge('birthDate', r.birthDate, year);
    if (tooOld) errors.push(tooOld);
  }
  if (r.amount > r.vestedBalance) errors.push({ field: 'amount', message: 'The distribution cannot be more than the vested balance.' });
  if (r.separatedFromPlanEmployer && !r.separationDate) errors.push({ field: 'separationDate', message: 'Enter the date you left the employer.' });
  if (r.separationDate && r.separationDate <= r.birthDate) errors.push({ field: 'separationDate', message: 'The separation date must be after the birth date.' });
  if (r.accountType === 'roth') {
    if (r.rothFirstContributionYear === undefined) errors.push({ field: 'rothFirstContributionYear', message: 'Enter the first year you made a Roth contribution to this plan.' });
    else if (r.rothFirstContributionYear > year) errors.push({ field: 'rothFirstContributionYear', message: 'The first Roth contribution year cannot be after the distribution year.' });
    if (r.rothRolledInFirstYear !== undefined && r.rothRolledInFirstYear > year) errors.push({ field: 'rothRolledInFirstYear', message: 'This year cannot be after the distribution year.' });
  }
  if (r.rolledOverWithin60Days > r.amount) errors.push({ field: 'rolledOverWithin60Days', message: 'You cannot roll over more than the distribution.' });
  if (r.payment === 'direct-rollover' && r.rolledOverWithin60Days > 0) errors.push({ field: 'rolledOverWithin60Days', message: 'A direct rollover leaves nothing to roll over within 60 days.' });
  const claims = new Set(r.claims);
  if (claims.has('birth-adoption') && !r.birthAdoptionDate) errors.push({ field: 'birthAdoptionDate', message: 'Enter the date of the birth or the finalized adoption.' });
  if (claims.has('birth-adoption') && r.birthAdoptionChildren < 1) errors.push({ field: 'birthAdoptionChildren', message: 'Enter how many children were born or adopted.' });
  if (claims.has('domestic-abuse') && !r.domesticAbuseDate) errors.push({ field: 'domesticAbuseDate', message: 'Enter the date of the abuse.' });
  if (claims.has('disaster') && !r.disasterIncidentStart) errors.push({ field: 'disasterIncidentStart', message: 'Enter the first day of the disaster’s incident period.' });
  if (claims.has('disaster') && !r.disasterDeclarationDate) errors.push({ field: 'disasterDeclarationDate', message: 'Enter the date of the disaster declaration.' });
  if (claims.has('sepp') && !r.seppStartDate) errors.push({ field: 'seppStartDate', message: 'Enter the date the periodic payments began.' });
  errors.push(...validateExceptionDetails(r));
  if (r.planType === 'ira' && r.accountType === 'roth')
    errors.push({ field: 'accountType', message: 'For a Roth IRA, use the Roth distribution check: its ordering rules differ from a traditional IRA’s.' });
  return errors;
}

/** Assumes `validateWithdrawal` returned no errors. */
/** Without an explanation (the hardship gross-up's search), no explanation text is built at all. */
/** In a year an RMD is due from the plan, the part of a payment that is the RMD (Treas. Reg. §1.402(c)-2, Q&A-7). IRAs
 * are left out: none of their payments is subject to the mandatory 20%. */
export function validateRmdYearOf(r: WithdrawalRequest & IraRequest): FieldError[] {
  return (r.planType ?? '401k') === '401k' ? validateRmdYear(r) : [];
}

export function computeWithdrawal(r: WithdrawalRequest & IraRequest, explain: Explanation | undefined, paidAs: PaidAs = 'distribution') {
  const year = yearOf(r.distributionDate);
  // A traditional IRA (the reader's choice in the early-withdrawal check): the IRA-only exceptions apply, the plan-only
  // ones (rule of 55, public safety, QDRO) do not, and no payment is an eligible rollover distribution subject to the
  // mandatory 20% (IRC §3405(c) applies to qualified plans); the 10% default of §3405(b) can be changed.
  const plan: PlanKind = r.planType ?? '401k';
  const amount = toCents(r.amount);
  const balance = toCents(r.vestedBalance);
  const claims = new Set<string>(r.claims);
  const on59 = date59Half(r.birthDate, year);
  const reached59 = r.distributionDate >= on59;
  explain?.add(
    'irc-72t-2-a-i-age-59-half',
    `You reach 59½ on ${longDate(on59)} (six calendar months after your 59th birthday); the distribution on ${longDate(r.distributionDate)} is ${reached59 ? 'on or after' : 'before'} that date.`,
    ['irc-72-t-2-a-i', 'pub-590-b'],
  );

  // 1. The taxable part.
  let taxable: Cents;
  let rothQualified: boolean | null = null;
  let fiveYear: ReturnType<typeof rothFiveYear> | null = null;
  if (r.payment === 'direct-rollover') {
    taxable = 0;
    explain?.add('irc-402c-rollover', 'A direct rollover to an IRA or another plan is not taxed now, so neither income tax nor the 10% additional tax applies and nothing is withheld.', ['irc-402-c']);
  } else if (r.accountType === 'roth') {
    fiveYear = rothFiveYear(r.rothFirstContributionYear!, r.rothRolledInFirstYear, r.distributionDate, year);
    const trigger = reached59 ? 'you are 59½ or older' : claims.has('death') ? 'it is paid after death' : claims.has('disability') ? 'you are disabled' : null;
    rothQualified = fiveYear.met && trigger !== null;
    explain?.add(
      'irc-402a-d-2-qualified-distribution',
      `Five-taxable-year period: it began January 1, ${fiveYear.startYear}${fiveYear.usedRolledInYear ? ' (the earlier plan’s first Roth year, carried in by direct rollover)' : ''} and ${fiveYear.met ? 'was' : 'is not yet'} met on ${longDate(fiveYear.metOn)}. ` +
        (rothQualified
          ? `It is met and ${trigger}, so this is a qualified distribution: entirely tax-free, earnings included.`
          : `${fiveYear.met ? 'The period is met, but' : 'Also,'} ${trigger ? `${trigger}` : 'you are under 59½, not disabled, and it is not paid after death'}${fiveYear.met ? ', so it is not qualified.' : '; it is not a qualified distribution.'}`),
      ['irc-402a-d-2', 'reg-1-402a-1'],
      [{ id: 'roth-five-year-period', label: rules.figures['roth-five-year-period'].label, value: figureValue('roth-five-year-period', year), unit: 'years' }],
    );
    if (rothQualified) taxable = 0;
    else {
      const basis = toCents(r.rothBasis);
      const earnings = clampZero(balance - basis);
      taxable = balance > 0 ? roundCents((amount * earnings) / balance) : 0;
      explain?.add(
        'irc-72e8-pro-rata',
        `A nonqualified Roth 401(k) distribution is split pro rata, not contributions first: earnings are ${usd(earnings)} of the ${usd(balance)} account, so ${usd(amount)} × ${usd(earnings)} ÷ ${usd(balance)} = ${usd(taxable)} is taxable and ${usd(amount - taxable)} is a tax-free return of contributions.`,
        ['irc-72-e-8', 'reg-1-402a-1'],
      );
    }
  } else {
    const basis = Math.min(toCents(r.afterTaxBasis), balance);
    const free = basis > 0 && balance > 0 ? Math.min(amount, roundCents((amount * basis) / balance)) : 0;
    taxable = amount - free;
    explain?.add(
      free > 0 ? 'irc-72e8-pro-rata' : 'irc-402a-taxable-distribution',
      free > 0
        ? `After-tax contributions come out pro rata: ${usd(amount)} × ${usd(basis)} ÷ ${usd(balance)} = ${usd(free)} is tax-free; ${usd(taxable)} is ordinary income.${plan === 'ira' ? ' For an IRA, Form 8606 makes this split over all your traditional IRAs, valued at year end plus the year’s distributions.' : ''}`
        : `Pre-tax money has never been taxed, so the whole ${usd(amount)} is ordinary income.`,
      free > 0 ? ['irc-72-e-8'] : ['irc-402-c', 'irs-topic-558'],
    );
  }
  // Withholding is taken when the plan pays, before any 60-day rollover, so it is figured on this amount.
  const taxableWhenPaid = taxable;
  const rolledOver = r.payment === 'to-participant' ? toCents(r.rolledOverWithin60Days) : 0;
  if (rolledOver > 0) {
    const rolled = Math.min(taxable, toCents(r.rolledOverWithin60Days));
    taxable -= rolled;
    explain?.add('irc-402c-rollover', `${usd(toCents(r.rolledOverWithin60Days))} rolled over within 60 days counts first against the taxable part, leaving ${usd(taxable)} taxable.`, ['irc-402-c', 'reg-1-402a-1']);
  }

  // 2. Exceptions to the 10%. The disaster spread comes first because it changes AGI, which the medical floor reads.
  const facts: ExceptionFacts = {
    year, plan, distributionDate: r.distributionDate, birthDate: r.birthDate, claims,
    vestedBalance: balance, agi: undefined,
    separatedFromPlanEmployer: r.separatedFromPlanEmployer, separationDate: r.separationDate,
    publicSafetyEmployee: r.publicSafetyEmployee, publicSafetyRole: r.publicSafetyRole, yearsOfService: r.yearsOfService,
    medicalExpenses: toCents(r.medicalExpenses), birthAdoptionChildren: r.birthAdoptionChildren, birthAdoptionDate: r.birthAdoptionDate,
    birthAdoptionPriorDistributions: toCents(r.birthAdoptionPriorDistributions),
    priorEmergencyWithinThreeYears: r.priorEmergencyWithinThreeYears, domesticAbuseDate: r.domesticAbuseDate,
    priorEmergencyDate: r.priorEmergencyDate, priorEmergencyUnrepaid: r.priorEmergencyUnrepaid === undefined ? undefined : toCents(r.priorEmergencyUnrepaid),
    contributionsSincePriorEmergency: toCents(r.contributionsSincePriorEmergency), seppModificationDate: r.seppModificationDate,
    firstHomePriorDistributions: toCents(r.firstHomePriorDistributions ?? 0),
    higherEducationExpenses: r.higherEducationExpenses === undefined ? undefined : toCents(r.higherEducationExpenses),
    healthInsurancePremiums: r.healthInsurancePremiums === undefined ? undefined : toCents(r.healthInsurancePremiums),
    terminalIllnessCertified: r.terminalIllnessCertified, disasterIncidentStart: r.disasterIncidentStart,
    disasterDeclarationDate: r.disasterDeclarationDate, disasterPriorDistributions: toCents(r.disasterPriorDistributions),
    reservistOrderedOver179Days: r.reservistOrderedOver179Days, reservistDistributionDuringDuty: r.reservistDistributionDuringDuty,
    seppStartDate: r.seppStartDate, longTermCarePremiums: toCents(r.longTermCarePremiums), planOffersLongTermCare: r.planOffersLongTermCare,
  };
  const considered: ExceptionId[] = ['age-59-half'];
  if (r.separatedFromPlanEmployer || claims.has('separation-55')) considered.push('separation-55');
  if (r.publicSafetyEmployee || claims.has('public-safety')) considered.push('public-safety');
  for (const c of r.claims) if (!considered.includes(c as ExceptionId)) considered.push(c as ExceptionId);

  const disasterVerdict = claims.has('disaster') ? judgeException(exceptionById('disaster')!, facts) : null;
  const disasterCover = disasterVerdict?.status === 'applies' && disasterVerdict.cover !== 'all' ? Math.min(amount, disasterVerdict.cover) : 0;
  // IRC §72(t)(11)(E): income from a qualified disaster recovery distribution is spread over three years unless elected out.
  const spreadYears = figureValue('disaster-spread-years', year);
  const qdrdTaxable = Math.min(taxable, disasterCover);
  const deferred = disasterCover > 0 && !r.disasterElectOut ? qdrdTaxable - roundCents(qdrdTaxable / spreadYears) : 0;
  const includedThisYear = taxable - deferred;
  // AGI, which the medical floor reads, includes the benefits the distribution makes taxable (IRC §86).
  const ssFacts = { year, filingStatus: r.filingStatus, benefits: toCents(r.socialSecurityBenefits), taxExemptInterest: toCents(r.taxExemptInterest), livedApartAllYear: r.livedApartFromSpouseAllYear };
  facts.agi = toCents(r.otherIncome) + includedThisYear + taxableSocialSecurity({ ...ssFacts, otherAgi: toCents(r.otherIncome) + includedThisYear }).taxable;

  const outcomes: ExceptionOutcome[] = [];
  let coversAll = false;
  let covered: Cents = 0;
  // In an RMD year the first dollars paid are the RMD: not an eligible rollover distribution (§402(c)(4)(B)).
  const rmd = plan === '401k' && paidAs === 'distribution' ? rmdYear(r) : null;
  const rmdPart = rmd ? rmdPartOf(amount, r, rmd) : 0;
  if (rmd?.required) explainRmdPart(rmd, amount, rmdPart, r.payment, explain);
  let notRolloverEligible: Cents = rmdPart;
  for (const id of considered) {
    const exc = exceptionById(id)!;
    const v = id === 'disaster' && disasterVerdict ? disasterVerdict : judgeException(exc, facts);
    const accepted = v.status === 'applies' && v.cover !== 0;
    if (accepted) {
      if (v.cover === 'all') coversAll = true;
      else covered += v.cover;
      if (NOT_ROLLOVER_ELIGIBLE.includes(id)) notRolloverEligible += v.cover === 'all' ? amount : Math.min(amount, v.cover);
    }
    outcomes.push({
      id, rule: exc.rule, name: exc.name, claimed: claims.has(id), status: accepted ? 'applies' : v.status === 'applies' ? 'does-not-apply' : v.status,
      accepted, reason: v.reason, covers: !accepted ? 0 : v.cover === 'all' ? null : toDollars(Math.min(v.cover, amount)),
      form5329: exc.form5329, citations: [...exc.sources],
    });
    if (id !== 'age-59-half' || !reached59) {
      explain?.add(exc.rule, `${exc.name}: ${accepted ? 'applies' : 'does not apply'}. ${v.reason}`, exc.sources);
    }
  }
  // Repayment windows of the accepted repayable exceptions, and the recapture of a periodic-payment series changed early.
  const details = exceptionDetails(r, outcomes, year);
  for (const w of details.repaymentWindows) explain?.add('irc-72t-repayment-window', w.text, w.sources);
  if (details.recaptureText) explain?.add('irc-72t-4-periodic-payment-recapture', details.recaptureText, details.recaptureSources!);
  const excepted = coversAll ? taxable : Math.min(taxable, covered);
  const subject = taxable - excepted;
  const ratePct = figureValue('additional-tax-rate', year);
  const additionalTax = percentOf(subject, ratePct);
  explain?.add(
    'irc-72t-1-additional-tax',
    taxable === 0
      ? `Nothing is taxable, so there is no ${ratePct}% additional tax.`
      : `Additional tax: ${ratePct}% of the taxable part not covered by an exception (${usd(taxable)} − ${usd(excepted)} = ${usd(subject)}) = ${usd(additionalTax)}.`,
    ['irc-72-t-1', 'irs-topic-558'],
    [{ id: 'additional-tax-rate', label: rules.figures['additional-tax-rate'].label, value: ratePct, unit: 'percent' }],
  );

  // 3. Income tax the distribution adds: the return with it minus the return without it.
  const base = { year, filingStatus: r.filingStatus, birthDate: r.birthDate, spouseBirthDate: r.spouseBirthDate, blind: r.blind, spouseBlind: r.spouseBlind, itemizedDeductions: r.itemizedDeductions === undefined ? undefined : toCents(r.itemizedDeductions), socialSecurityBenefits: ssFacts.benefits, taxExemptInterest: ssFacts.taxExemptInterest, livedApartAllYear: ssFacts.livedApartAllYear };
  const without = federalIncomeTax({ ...base, agi: toCents(r.otherIncome) });
  const withIt = federalIncomeTax({ ...base, agi: toCents(r.otherIncome) + includedThisYear }, explain);
  const effects = distributionEffects(without, withIt, includedThisYear, explain);
  const incomeTaxAdded = clampZero(withIt.tax - without.tax);
  if (deferred > 0) {
    const next = roundCents(deferred / 2);
    explain?.add('irc-72t-11-disaster-income-spread', `The disaster distribution’s taxable ${usd(qdrdTaxable)} is spread over ${spreadYears} years on Form 8915-F: ${usd(qdrdTaxable - deferred)} this year, ${usd(next)} next year and ${usd(deferred - next)} the year after, unless you elect to include it all now.`, ['irc-72-t-11', 'i8915f']);
  }
  explain?.add('federal-tax-added', `Federal income tax with the distribution ${usd(withIt.tax)} − without it ${usd(without.tax)} = ${usd(incomeTaxAdded)} added.`, ['irc-1-j']);

  // 4. Withholding (IRC §3405): 20% of the taxable part of an eligible rollover distribution paid to you, which you
  // cannot lower; 10% by default on other nonperiodic payments, which you may change on Form W-4R.
  const mandatoryPct = figureValue('mandatory-withholding-rate', year);
  const defaultPct = figureValue('default-withholding-rate', year);
  const periodic = outcomes.some((o) => o.id === 'sepp' && o.accepted);
  let eligiblePart = 0;
  let otherPart = 0;
  // A deemed distribution from a defaulted loan pays out no cash, so nothing is withheld
  // (Treas. Reg. §1.72(p)-1 Q&A-15); the whole tax is due with the return.
  const paysCash = r.payment === 'to-participant' && paidAs !== 'deemed-loan';
  if (paysCash) {
    otherPart = plan === 'ira' || paidAs !== 'distribution' ? taxableWhenPaid : Math.min(taxableWhenPaid, notRolloverEligible);
    eligiblePart = taxableWhenPaid - otherPart;
  }
  const erdRate = Math.max(mandatoryPct, r.withholdingRate ?? 0);
  const otherRate = r.withholdingRate ?? defaultPct;
  const withholding = periodic && r.withholdingRate === undefined ? 0 : percentOf(eligiblePart, erdRate) + percentOf(otherPart, otherRate);
  if (paidAs === 'deemed-loan') {
    explain?.add('reg-1-72p-1-deemed-distribution-withholding', 'A defaulted loan is a deemed distribution: no cash is paid out, so there is no withholding and the whole tax is due with your return.', ['reg-1-72p-1']);
  } else if (paysCash && taxableWhenPaid > 0) {
    explain?.add(
      'irc-3405-withholding',
      periodic && r.withholdingRate === undefined
        ? 'Periodic payments are withheld like wages under your Form W-4P; enter a rate to include it.'
        : [
            eligiblePart > 0 ? `${erdRate}% of ${usd(eligiblePart)} (an eligible rollover distribution paid to you: the ${mandatoryPct}% is mandatory and cannot be lowered)` : '',
            otherPart > 0 ? `${otherRate}% of ${usd(otherPart)} (${plan === 'ira' ? 'an IRA distribution, never subject to the mandatory 20%' : paidAs === 'hardship' ? 'a hardship distribution' : 'not an eligible rollover distribution'}: ${r.withholdingRate === undefined ? `the ${defaultPct}% default, which you may change on Form W-4R, down to 0%` : 'the rate you elected'})` : '',
          ].filter(Boolean).join(' + ') + ` = ${usd(withholding)} withheld. Withholding is a prepayment, not the tax itself.`,
      [eligiblePart > 0 ? 'irc-3405-c' : '', otherPart > 0 ? 'irc-3405-b' : '', 'irc-402-c-4'].filter(Boolean),
    );
  }

  const federalCost = incomeTaxAdded + additionalTax + details.recaptureThisYearCents;
  const diff = federalCost - withholding;
  const stateEstimate = r.stateTaxRate === undefined ? null : percentOf(taxable, r.stateTaxRate);
  if (stateEstimate !== null)
    explain?.add('reader-state-estimate', `Your state estimate: the ${r.stateTaxRate}% rate you entered × the taxable ${usd(taxable)} = ${usd(stateEstimate)}. States differ (some exempt retirement income); federal rules are not applied to it.`, ['irs-topic-558']);

  // 5. Forms.
  const code = form1099RCode(r, outcomes, reached59, rothQualified, paidAs);
  const claimedNumbers = outcomes.filter((o) => o.accepted && o.claimed && o.form5329 && o.id !== 'age-59-half');
  const needs5329 = subject < taxable && code.endsWith('1') && claimedNumbers.length > 0;
  return buildResult({
    year, on59, reached59, amount, taxable, rothQualified, fiveYear, outcomes, excepted, subject, additionalTax,
    without: without.tax, withTax: withIt.tax, incomeTaxAdded, marginal: withIt.marginalRatePercent, includedThisYear, deferred, qdrdTaxable,
    eligiblePart, otherPart, withholding, periodic, federalCost, diff, stateEstimate, code, needs5329, claimedNumbers,
    disaster: disasterCover > 0, payment: r.payment, rolledOver, paysCash, details, plan, effects,
    rmdYear: rmd && { required: rmd.required, applicableAge: rmd.applicableAge, firstYear: rmd.firstYear, rmdPart: toDollars(rmdPart), rollablePart: toDollars(rmd.required ? amount - rmdPart : amount) },
  });
}

function form1099RCode(r: WithdrawalRequest, outcomes: ExceptionOutcome[], reached59: boolean, rothQualified: boolean | null, paidAs: PaidAs): string {
  const has = (id: string) => outcomes.some((o) => o.id === id && o.accepted);
  const roth = r.accountType === 'roth';
  if (r.payment === 'direct-rollover') return roth ? 'H' : 'G';
  let code: string;
  if (paidAs === 'deemed-loan') code = reached59 ? 'L7' : 'L1';
  else if (has('death')) code = '4';
  else if (has('disability') && !reached59) code = '3';
  else if (reached59) code = roth ? '' : '7';
  else if (PAYER_KNOWN.some(has)) code = '2';
  else code = '1';
  if (roth) return rothQualified && code === '' ? 'B' : `B${code}`;
  return code;
}

function buildResult(x: {
  year: number; on59: string; reached59: boolean; amount: Cents; taxable: Cents; rothQualified: boolean | null; fiveYear: ReturnType<typeof rothFiveYear> | null;
  outcomes: ExceptionOutcome[]; excepted: Cents; subject: Cents; additionalTax: Cents; without: Cents; withTax: Cents; incomeTaxAdded: Cents; marginal: number;
  includedThisYear: Cents; deferred: Cents; qdrdTaxable: Cents; eligiblePart: Cents; otherPart: Cents; withholding: Cents; periodic: boolean; federalCost: Cents;
  diff: Cents; stateEstimate: Cents | null; code: string; needs5329: boolean; claimedNumbers: ExceptionOutcome[]; disaster: boolean; payment: string; rolledOver: Cents; paysCash: boolean;
  details: ReturnType<typeof exceptionDetails>; plan: PlanKind;
  effects: DistributionEffects;
  rmdYear: { required: boolean; applicableAge: string; firstYear: number | null; rmdPart: number; rollablePart: number } | null;
}) {
  const numbers = x.claimedNumbers.map((o) => o.form5329!);
  const distinct = [...new Set(numbers.map((n) => n.number))];
  const next = roundCents(x.deferred / 2);
  const cash = x.paysCash ? x.amount - x.withholding : 0;
  return {
    taxYear: x.year,
    /** Where the money comes from: the 401(k), or a traditional IRA. */
    planType: x.plan,
    reaches59HalfOn: x.on59,
    age59HalfReached: x.reached59,
    grossAmount: toDollars(x.amount),
    taxableAmount: toDollars(x.taxable),
    nontaxableAmount: toDollars(x.amount - x.taxable),
    rothQualified: x.rothQualified,
    rothFiveYearPeriod: x.fiveYear && { startsOn: `${x.fiveYear.startYear}-01-01`, metOn: x.fiveYear.metOn, met: x.fiveYear.met },
    exceptions: x.outcomes,
    exceptedAmount: toDollars(x.excepted),
    amountSubjectToAdditionalTax: toDollars(x.subject),
    additionalTax: toDollars(x.additionalTax),
    incomeIncludedThisYear: toDollars(x.includedThisYear),
    disasterSpread: x.deferred > 0 ? { thisYear: toDollars(x.qdrdTaxable - x.deferred), nextYear: toDollars(next), yearAfter: toDollars(x.deferred - next) } : null,
    incomeTaxWithout: toDollars(x.without),
    incomeTaxWith: toDollars(x.withTax),
    incomeTaxAdded: toDollars(x.incomeTaxAdded),
    marginalRatePercent: x.marginal,
    /** Recapture of a periodic-payment series changed too early (IRC §72(t)(4)); included in the cost when it is this year's. */
    seppRecapture: x.details.seppRecapture,
    /** By when each accepted repayable exception's distribution can be repaid, and what repaying does. */
    repaymentWindows: x.details.repaymentWindows,
    /** Social Security benefits the distribution makes taxable, and senior deduction it phases out (IRC §86; P.L. 119-21). */
    socialSecurity: x.effects.socialSecurity,
    seniorDeductionLost: x.effects.seniorDeductionLost,
    /** Whether an RMD is due from the plan this year, and which part of the payment is it (not rollable) and which is not. */
    rmdYear: x.rmdYear,
    totalFederalCost: toDollars(x.federalCost),
    withholding: {
      eligibleRolloverPart: toDollars(x.eligiblePart),
      otherPart: toDollars(x.otherPart),
      amount: toDollars(x.withholding),
      periodicNotEstimated: x.periodic && x.withholding === 0,
    },
    balanceDue: toDollars(clampZero(x.diff)),
    refund: toDollars(clampZero(-x.diff)),
    cashReceived: toDollars(cash),
    stateTaxEstimate: x.stateEstimate === null ? null : toDollars(x.stateEstimate),
    /** What you keep to spend: the payment less what you rolled over, the federal cost and your state estimate. */
    netAfterTaxes: x.payment === 'direct-rollover' ? 0 : toDollars(x.amount - x.rolledOver - x.federalCost - (x.stateEstimate ?? 0)),
    form1099RCode: x.code,
    form5329: {
      needed: x.needs5329,
      exceptionNumber: !x.needs5329 ? null : distinct.length === 1 ? numbers[0]! : { number: '99', confirmed: false },
      note: x.disaster
        ? 'Report the disaster distribution on Form 8915-F, not Form 5329.'
        : x.needs5329
          ? 'The payer’s code 1 means it did not know of an exception: claim it on Form 5329, Part I. Exception numbers marked unconfirmed come from a secondary summary of the instructions; check the current Form 5329 instructions.'
          : x.subject > 0
            ? 'With code 1 and no exception, the additional tax can go straight on Schedule 2 (Form 1040); Form 5329 is not required.'
            : 'No additional tax is due on this distribution.',
    },
  };
}

/** The RMD part and the rollable rest, and what the Form 1099-R shows (Treas. Reg. §1.402(c)-2, Q&A-7; §402(c)(4)(B)). */
function explainRmdPart(rmd: ReturnType<typeof rmdYear>, amount: Cents, rmdPart: Cents, payment: string, explain: Explanation | undefined): void {
  const rest = amount - rmdPart;
  const split = rmdPart === 0
    ? `You have already taken this year’s RMD from the plan, so all ${usd(amount)} is an eligible rollover distribution.`
    : rest === 0
      ? `The first dollars paid in an RMD year count toward the RMD still to be taken, so all ${usd(amount)} is RMD: it is not an eligible rollover distribution, cannot be rolled over, and gets the 10% default withholding, which you may change (even to 0%) on Form W-4R.`
      : `The first ${usd(rmdPart)} is the rest of this year’s RMD: not an eligible rollover distribution, not rollable, 10% default withholding you may change on Form W-4R. The other ${usd(rest)} is an eligible rollover distribution${payment === 'to-participant' ? ' (20% mandatory withholding; rollable within 60 days)' : ''}.`;
  explain?.add('reg-1-402c-2-q7-rmd-part-not-rollable', `${rmd.reason} ${split} Form 1099-R reports the whole payment with one box 7 code; it does not show which part was the RMD.`, ['reg-1-402c-2-q7', 'irc-402-c-4', 'irc-3405-b', 'i1099r']);
}
