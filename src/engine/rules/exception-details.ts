/**
 * What the withdrawal checks add after the exceptions are judged: the repayment window of each accepted repayable
 * exception (IRC §72(t)(2)(G), (H)(v), (I), (K), (L); §72(t)(11)), the recapture of a periodic-payment series changed
 * too early (§72(t)(4)), and the contradictions in those exceptions' own fields, refused as field errors.
 */
import { isCovered } from '../core/check.ts';
import { yearOf } from '../core/dates.ts';
import { toCents, toDollars } from '../core/money.ts';
import type { FieldError } from '../core/request-kit.ts';
import { isRepayable, NOT_ROLLOVER_ELIGIBLE, repaymentWindow, validateExceptionFields, type ExceptionRequest } from './exceptions/registry.ts';
import { seppRecapture } from './sepp-recapture.ts';

/** The request fields these rules read (a subset of the withdrawal request). */
export type DetailFields = ExceptionRequest;

/** What each claimed exception must give and the contradictions among its own fields (`rules/exceptions/<id>.ts`). */
export function validateExceptionDetails(r: DetailFields): FieldError[] {
  const year = yearOf(r.distributionDate);
  // An uncovered year is refused by the caller; without its figures the contradictions cannot be checked.
  return validateExceptionFields(r, isCovered(year) ? year : null);
}

type Accepted = { id: string; accepted: boolean; name?: string };

/** A separation exception that covers this distribution covered the series' earlier payments from the same plan too (§72(t)(4)(A)). */
function coveredBySeparation(outcomes: readonly Accepted[]): string | undefined {
  const o = outcomes.find((x) => x.accepted && (x.id === 'separation-55' || x.id === 'public-safety'));
  return o ? (o.name ?? o.id) : undefined;
}

/** The repayment windows and the periodic-payment recapture for a judged distribution; amounts in dollars. */
export function exceptionDetails(r: DetailFields, outcomes: readonly Accepted[], year: number) {
  const repaymentWindows = outcomes
    .filter((o) => o.accepted && isRepayable(o.id))
    .map((o) => repaymentWindow(o.id as Parameters<typeof repaymentWindow>[0], r.distributionDate, year, r));
  const sepp = new Set(r.claims).has('sepp') && r.seppStartDate && r.seppModificationDate
    ? seppRecapture(r.birthDate, r.seppStartDate, r.seppModificationDate, toCents(r.seppPaymentsBeforeModification), year, coveredBySeparation(outcomes))
    : null;
  return {
    repaymentWindows,
    seppRecapture: sepp && {
      freeToChangeFrom: sepp.freeToChangeFrom,
      fiveYearsEndOn: sepp.fiveYearsEndOn,
      reaches59HalfOn: sepp.reaches59HalfOn,
      modifiedOn: sepp.modifiedOn,
      modifiedEarly: sepp.modifiedEarly,
      taxYear: sepp.taxYear,
      earlierPayments: toDollars(sepp.earlierPayments),
      recapturedTax: toDollars(sepp.recapturedTax),
      interest: sepp.interest,
      text: sepp.text,
      sources: sepp.sources,
    },
    /** Cents of recaptured tax that fall in this distribution's tax year (added to its federal cost). */
    recaptureThisYearCents: sepp && sepp.taxYear === year ? sepp.recapturedTax : 0,
    recaptureText: sepp?.text,
    recaptureSources: sepp?.sources,
  };
}

/**
 * A 60-day rollover cannot take the part of a distribution that an accepted exception makes not an eligible rollover
 * distribution and not repayable either: a corrective distribution, §404(k) dividends, an EACA permissible withdrawal
 * (Treas. Reg. §1.402(c)-2, Q&A-4(b), (c), (e), (h)), a long-term care distribution (§401(a)(39)) or a payment in a
 * series of substantially equal periodic payments (§402(c)(4)(A)). The SECURE 2.0 distributions that can be repaid
 * (§72(t)(2)(H), (I), (K), (L); §72(t)(11)) may go back as a rollover.
 *
 * A direct rollover is offered only for an eligible rollover distribution (§401(a)(31)(A)), so none of those
 * distributions — repayable or not — can be paid as one: the plan pays them to the participant.
 */
export function rolloverOfNonRollable(
  r: { amount: number; rolledOverWithin60Days: number; payment?: 'to-participant' | 'direct-rollover' },
  exceptions: readonly { id: string; accepted: boolean; covers: number | null; name: string }[],
): FieldError[] {
  if (r.payment === 'direct-rollover') {
    const notEligible = exceptions.filter((o) => o.accepted && NOT_ROLLOVER_ELIGIBLE.includes(o.id as never));
    if (!notEligible.length) return [];
    return [{
      field: 'payment',
      message: `${notEligible.map((o) => o.name).join(' and ')}: ${notEligible.length === 1 ? 'such a distribution is' : 'such distributions are'} not an eligible rollover distribution, so the plan cannot pay ${notEligible.length === 1 ? 'it' : 'them'} as a direct rollover; choose paid to you${notEligible.some((o) => isRepayable(o.id)) ? ' (a repayable one can be paid back later)' : ''}.`,
    }];
  }
  const stuck = exceptions.filter((o) => o.accepted && NOT_ROLLOVER_ELIGIBLE.includes(o.id as never) && !isRepayable(o.id));
  if (!stuck.length) return [];
  const notRollable = Math.min(toCents(r.amount), stuck.reduce((s, o) => s + (o.covers === null ? toCents(r.amount) : toCents(o.covers)), 0));
  const rollable = toCents(r.amount) - notRollable;
  if (toCents(r.rolledOverWithin60Days) <= rollable) return [];
  return [{
    field: 'rolledOverWithin60Days',
    message: `${stuck.map((o) => o.name).join(' and ')}: that part of the payment is not an eligible rollover distribution and cannot be rolled over or repaid, so ${rollable === 0 ? 'none of the payment can be rolled over' : `only the other ${toDollars(rollable)} dollars can be rolled over`}.`,
  }];
}
