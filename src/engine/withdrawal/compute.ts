/**
 * The cost of taking money out of a 401(k), rule by rule: 59½, the taxable part, a 60-day rollover, the §72(t)
 * exceptions, the disaster spread, the 10% additional tax, the income tax added, §3405 withholding, the reader's state
 * estimate and the forms. Each rule lives in its own file under `rules/`; this file only passes facts between them in
 * the order the explanation reads. Shared by `early-withdrawal`, `roth-distribution`, `hardship` and the loan default.
 */
import { toCents, toDollars } from '../core/money.ts';
import { yearOf } from '../core/dates.ts';
import type { Explanation } from '../core/explain.ts';
import { additionalTax } from '../rules/additional-tax.ts';
import { age59Half } from '../rules/age-59-half.ts';
import { disasterSpread, explainDisasterSpread } from '../rules/disaster-spread.ts';
import { exceptedTaxablePart } from '../rules/excepted-taxable-part.ts';
import { consideredExceptions, coveredBy, judgeExceptions } from '../rules/exception-outcomes.ts';
import type { PlanKind, Verdict } from '../rules/exceptions.ts';
import { form1099RCode } from '../rules/form-1099r.ts';
import { form5329 } from '../rules/form-5329.ts';
import { explainIncomeTaxAdded, incomeTaxAdded } from '../rules/income-tax-added.ts';
import { rothQualification } from '../rules/roth-qualified-distribution.ts';
import { stateEstimate } from '../rules/state-estimate.ts';
import { estimatedTaxNote } from '../rules/estimated-tax.ts';
import { taxablePart } from '../rules/taxable-part.ts';
import { withholding, type PaidAs } from '../rules/withholding.ts';
import type { IraRequest, WithdrawalRequest } from './request.ts';
import { withdrawalResult } from './result.ts';
import { reached, type ReachableRules } from './reachable.ts';
import { taxableSocialSecurity } from '../tax/social-security.ts';

// The withdrawal's entry for the checks: its request, its validation and its result.
export type { PaidAs } from '../rules/withholding.ts';
export type { IraRequest, WithdrawalRequest } from './request.ts';
export type { WithdrawalResult } from './result.ts';
export type { ReachableRules } from './reachable.ts';
export { validateRmdYearOf, validateWithdrawal } from './validate.ts';

/** Assumes `validateWithdrawal` returned no errors. Without an explanation (the hardship gross-up's search), no
 * explanation text is built at all. `reach`: the parts of a withdrawal the check can reach (`./reachable.ts`). */
export function computeWithdrawal(r: WithdrawalRequest & IraRequest, explain: Explanation | undefined, paidAs: PaidAs, reach: ReachableRules) {
  const year = yearOf(r.distributionDate);
  // A traditional IRA (the reader's choice in the early-withdrawal check): the IRA-only exceptions apply, the plan-only
  // ones (rule of 55, public safety, QDRO) do not, and no payment is an eligible rollover distribution subject to the
  // mandatory 20% (IRC §3405(c) applies to qualified plans); the 10% default of §3405(b) can be changed.
  const plan: PlanKind = r.planType ?? '401k';
  const amount = toCents(r.amount);
  const balance = toCents(r.vestedBalance);
  const claims = new Set<string>(r.claims);
  const directRollover = r.payment === 'direct-rollover';
  const { on59, reached59 } = age59Half(r.birthDate, r.distributionDate, year, explain);

  // 1. The taxable part; withholding is taken when the plan pays, before any 60-day rollover.
  const roth = !directRollover && r.accountType === 'roth'
    ? rothQualification({ firstYear: r.rothFirstContributionYear!, rolledInFirstYear: r.rothRolledInFirstYear, distributionDate: r.distributionDate, year, reached59, claims }, explain)
    : null;
  const direct = toCents(r.directRolloverSameTime ?? 0);
  const ira = plan === 'ira' || direct > 0 ? reached(reach.ira) : undefined;
  const taxableWhenPaid = ira && direct > 0
    ? ira.pretaxToDirectRolloverFirst({ paid: amount, directRollover: direct, vestedBalance: balance, afterTaxBasis: toCents(r.afterTaxBasis) }, explain).taxablePaid
    : taxablePart({ plan, directRollover, amount, vestedBalance: balance, afterTaxBasis: toCents(r.afterTaxBasis), rothBasis: toCents(r.rothBasis), roth, afterTax: { method: r.afterTaxAccounting, subaccountBalance: r.afterTaxSubaccountBalance === undefined ? undefined : toCents(r.afterTaxSubaccountBalance), pre1987Basis: toCents(r.pre1987Basis) } }, explain);
  // From an IRA, the one-rollover-per-year limit can bar the rollover (IRC §408(d)(3)(B)).
  const putBack = r.payment === 'to-participant' ? toCents(r.rolledOverWithin60Days) : 0;
  const rollover = putBack > 0 ? reached(reach.rollover) : undefined;
  const rolledOver = ira ? ira.iraRolloverCounted({ plan, year, putBack, priorIraRolloverWithin12Months: r.iraRolloverInPrior12Months === true }, explain) : putBack;
  const taxable = rollover ? rollover.afterSixtyDayRollover(taxableWhenPaid, rolledOver, explain) : taxableWhenPaid;

  // 2. Exceptions. The disaster verdict comes first: its spread changes AGI, which the medical floor reads.
  const exc = reach.exceptions;
  // The exception caps read the whole plan's vested balance, Roth and traditional alike (§72(t)(2)(I)(ii), (K)(ii),
  // (N)(ii)); the split above read only this kind of money's (§402A(d)(4)).
  const facts = exc.exceptionFacts(r, plan, year, claims, balance + toCents(r.otherVestedBalance));
  const judged = new Map<string, Verdict>();
  if (claims.has('disaster')) judged.set('disaster', exc.judge(exc.entryOf('disaster')!, facts));
  if (claims.has('corrective')) judged.set('corrective', exc.judge(exc.entryOf('corrective')!, facts));
  // Excess deferrals of an earlier year paid out in time: the excess is income of that year (Treas. Reg. §1.402(g)-1(e)(8)(i)).
  const priorYearPart = exc.correctivePriorYearPart(r, year, judged.get('corrective')?.status === 'applies', taxable);
  const disaster = judged.get('disaster');
  const disasterCover = disaster?.status === 'applies' && disaster.cover !== 'all' ? Math.min(amount, disaster.cover) : 0;
  // The covered dollars carry their share of basis: only their taxable share is spread (Form 8915-F, lines 8–10).
  const spread = disasterSpread(taxable, exceptedTaxablePart(disasterCover, taxableWhenPaid, amount), r.disasterElectOut, year);
  const includedThisYear = Math.max(0, taxable - spread.deferred - priorYearPart);
  if (priorYearPart > 0) explain?.add('reg-1-402g-1-e-8-excess-deferral-year', exc.correctivePriorYearText(r.correctiveExcessDeferralYear!, year, priorYearPart, taxable - priorYearPart), ['irc-402-g', 'reg-1-402g-1-e', 'i1099r']);
  // AGI, which the medical floor reads, includes the benefits the distribution makes taxable (IRC §86).
  const ss = { year, filingStatus: r.filingStatus, benefits: toCents(r.socialSecurityBenefits), taxExemptInterest: toCents(r.taxExemptInterest), livedApartAllYear: r.livedApartFromSpouseAllYear };
  facts.agi = toCents(r.otherIncome) + includedThisYear + taxableSocialSecurity({ ...ss, otherAgi: toCents(r.otherIncome) + includedThisYear }).taxable;
  // In an RMD year the first dollars paid are the RMD: not an eligible rollover distribution (§402(c)(4)(B)).
  const rmdRules = plan === '401k' && paidAs === 'distribution' ? reached(reach.rmdYear) : undefined;
  const rmd = rmdRules ? rmdRules.rmdYear(r) : null;
  const rmdPart = rmdRules && rmd ? rmdRules.rmdPartOf(amount, r, rmd) : 0;
  if (rmdRules && rmd?.required) rmdRules.explainRmdPart(rmd, amount, rmdPart, r.payment, explain);
  if (ira && plan === 'ira' && paidAs === 'distribution') ira.explainIraRmdPart(r, explain);
  const { outcomes, coversAll, covered } = judgeExceptions(exc, consideredExceptions(r), facts, amount, reached59, judged, explain);
  // Repayment windows of the accepted repayable exceptions, and the recapture of a periodic-payment series changed early.
  const details = exc.exceptionDetails(r, outcomes, year);
  for (const w of details.repaymentWindows) explain?.add('irc-72t-repayment-window', w.text, w.sources);
  if (details.recaptureText) explain?.add('irc-72t-4-periodic-payment-recapture', details.recaptureText, details.recaptureSources!);
  const tax = additionalTax(taxable, coversAll, covered, year, explain, { taxableWhenPaid, amount });
  if (outcomes.some((o) => o.id === 'qdro' && o.accepted)) explain?.add('irc-402-e-1-alternate-payee', exc.qdroTaxedToText(r), exc.qdroToNonSpouse(r) ? ['irc-402-e-1', 'reg-1-402c-2-q12', 'i1099r'] : ['irc-402-e-1', 'i1099r']);

  // 3. Income tax the distribution adds, then what is withheld from the payment.
  const income = incomeTaxAdded({
    year, filingStatus: r.filingStatus, birthDate: r.birthDate, spouseBirthDate: r.spouseBirthDate, blind: r.blind, spouseBlind: r.spouseBlind, spouseNoGrossIncome: r.spouseNoGrossIncome, spouseItemizes: r.spouseItemizes,
    itemizedDeductions: r.itemizedDeductions === undefined ? undefined : toCents(r.itemizedDeductions),
    socialSecurityBenefits: ss.benefits, taxExemptInterest: ss.taxExemptInterest, livedApartAllYear: ss.livedApartAllYear, otherIncome: toCents(r.otherIncome),
  }, includedThisYear, explain);
  explainDisasterSpread(spread, explain);
  explainIncomeTaxAdded(income, explain);
  // The part excluded from income is the first allocated to the RMD (Treas. Reg. §1.402(c)-2, Q&A-8): only the taxable
  // rest of the RMD is withheld from as a distribution that is not an eligible rollover distribution.
  const rmdTaxablePart = Math.max(0, rmdPart - (amount - taxableWhenPaid));
  // A QDRO payment to a child or other dependent is not an eligible rollover distribution (Treas. Reg. §1.402(c)-2, Q&A-12(b)).
  const qdroNonSpouse = exc.qdroToNonSpouse(r) && outcomes.some((o) => o.id === 'qdro' && o.accepted);
  const notEligible = qdroNonSpouse ? amount : coveredBy(outcomes, exc.notRolloverEligible, amount);
  // The year's eligible rollover distributions from this plan, for the floor of Treas. Reg. §31.3405(c)-1, Q&A-14.
  const rolloverEligibleThisYear = Math.max(0, amount - rmdPart - notEligible) + toCents(r.otherRolloverEligibleThisYear ?? 0);
  const withheld = withholding({
    // The part that is not an eligible rollover distribution is withheld from on its taxable share only (§3405(e)(1)(B)).
    year, plan, paidAs, toParticipant: r.payment === 'to-participant', taxableWhenPaid, notRolloverEligible: rmdTaxablePart + exceptedTaxablePart(notEligible, taxableWhenPaid, amount), notWithheld: coveredBy(outcomes, exc.notWithheld, amount),
    periodic: outcomes.some((o) => o.id === 'sepp' && o.accepted), electedRate: r.withholdingRate, rolloverEligibleThisYear,
  }, explain);
  // A 60-day rollover that left part of the rollable amount out may still be finished late (Rev. Proc. 2020-46).
  if (explain && rollover && paidAs === 'distribution' && rolledOver > 0) rollover.explainLateRollover(year, Math.max(0, (plan === 'ira' ? amount : Math.max(0, amount - rmdPart - notEligible)) - rolledOver), explain);
  // Tax the withholding does not cover is due with the return; the underpayment addition may apply (IRC §6654). A
  // deemed loan distribution says so in its own step.
  if (explain && paidAs !== 'deemed-loan') estimatedTaxNote(year, r.filingStatus, income.added + tax.additionalTax + details.recaptureThisYearCents, withheld.amount, explain);
  const state = stateEstimate(r.stateTaxRate, taxable, explain);

  // 4. Forms.
  const seppModifiedEarly = details.seppRecapture?.modifiedEarly === true && details.seppRecapture.taxYear === year;
  const code = form1099RCode({ directRollover, roth: r.accountType === 'roth', rothQualified: roth ? roth.qualified : null, reached59, paidAs, outcomes, seppModifiedEarly, correctivePriorYearOnly: priorYearPart > 0 && priorYearPart === taxable, fullyExcepted: tax.subject === 0 });
  const forms = form5329({ code, taxable, subject: tax.subject, disaster: disasterCover > 0, outcomes, recapture: details.recaptureThisYearCents });
  return withdrawalResult({
    year, on59, reached59, amount, taxable, roth, outcomes, tax, income, includedThisYear, spread,
    withholding: withheld, stateEstimate: state, code, form5329: forms, directRollover, rolledOver: putBack, details, plan,
    rmdYear: rmd && { required: rmd.required, applicableAge: rmd.applicableAge, firstYear: rmd.firstYear, rmdPart: toDollars(rmdPart), rollablePart: toDollars(rmd.required ? amount - rmdPart : amount) },
  });
}
