/**
 * What the withdrawal checks add after the exceptions are judged: the repayment window of each accepted repayable
 * exception (IRC §72(t)(2)(G), (H)(v), (I), (K), (L); §72(t)(11)), the recapture of a periodic-payment series changed
 * too early (§72(t)(4)), and the contradictions in those exceptions' own fields, refused as field errors.
 */
import { rules } from '../../data/index.ts';
import { isCovered } from '../core/check.ts';
import { yearOf } from '../core/dates.ts';
import { figureValue } from '../core/explain.ts';
import { toCents, toDollars, usd } from '../core/money.ts';
import type { FieldError } from '../core/request-kit.ts';
import { isRepayable, repaymentWindow } from './repayment-window.ts';
import { seppRecapture } from './sepp-recapture.ts';

/** The request fields these rules read (a subset of the withdrawal request). */
export type DetailFields = {
  distributionDate: string;
  birthDate: string;
  claims: readonly string[];
  priorEmergencyWithinThreeYears: boolean;
  priorEmergencyDate?: string | undefined;
  priorEmergencyUnrepaid?: number | undefined;
  seppStartDate?: string | undefined;
  seppModificationDate?: string | undefined;
  seppPaymentsBeforeModification: number;
  activeDutyEndDate?: string | undefined;
};

export function validateExceptionDetails(r: DetailFields): FieldError[] {
  const errors: FieldError[] = [];
  const claims = new Set(r.claims);
  const year = yearOf(r.distributionDate);
  // An uncovered year is refused by the caller; without its figures these checks cannot run.
  if (!isCovered(year)) return errors;
  if (claims.has('emergency') && r.priorEmergencyWithinThreeYears) {
    const lookback = figureValue('emergency-lookback-years', year);
    const start = rules.exceptions.find((e) => e.id === 'emergency')!.effectiveFrom!;
    if (r.priorEmergencyDate !== undefined) {
      if (r.priorEmergencyDate >= r.distributionDate)
        errors.push({ field: 'priorEmergencyDate', message: 'The earlier emergency distribution must be before this one.' });
      else if (r.priorEmergencyDate < start)
        errors.push({ field: 'priorEmergencyDate', message: `Emergency personal expense distributions exist only from ${start.slice(0, 4)}; an earlier distribution does not limit this one.` });
      else if (yearOf(r.priorEmergencyDate) < year - lookback)
        errors.push({ field: 'priorEmergencyDate', message: `That is more than ${lookback} calendar years before this distribution, so it does not limit this one; answer no to the question about an earlier emergency distribution.` });
    }
    if (r.priorEmergencyUnrepaid !== undefined) {
      const cap = figureValue('emergency-cap', year);
      if (r.priorEmergencyUnrepaid === 0)
        errors.push({ field: 'priorEmergencyUnrepaid', message: 'If the earlier emergency distribution is fully repaid, it does not limit this one; answer no to the question about it.' });
      else if (r.priorEmergencyUnrepaid > cap)
        errors.push({ field: 'priorEmergencyUnrepaid', message: `An emergency personal expense distribution is at most ${usd(toCents(cap))}, so no more than that can be unrepaid.` });
    }
  }
  if (claims.has('sepp') && r.seppStartDate !== undefined) {
    if (r.seppStartDate > r.distributionDate)
      errors.push({ field: 'seppStartDate', message: 'The periodic payments must have begun on or before this distribution.' });
    else if (r.seppStartDate <= r.birthDate)
      errors.push({ field: 'seppStartDate', message: 'The periodic payments cannot begin before you were born.' });
    if (r.seppModificationDate !== undefined) {
      if (r.seppModificationDate <= r.seppStartDate)
        errors.push({ field: 'seppModificationDate', message: 'The series can only be changed after its first payment.' });
      else if (r.seppModificationDate > r.distributionDate)
        errors.push({ field: 'seppModificationDate', message: 'Enter a change on or before this distribution (a change made by taking this distribution is on its date).' });
    }
  }
  if (r.seppPaymentsBeforeModification > 0 && r.seppModificationDate === undefined)
    errors.push({ field: 'seppModificationDate', message: 'Enter the date the series was changed, for the payments received before it.' });
  return errors;
}

type Accepted = { id: string; accepted: boolean };

/** The repayment windows and the periodic-payment recapture for a judged distribution; amounts in dollars. */
export function exceptionDetails(r: DetailFields, outcomes: readonly Accepted[], year: number) {
  const repaymentWindows = outcomes
    .filter((o) => o.accepted && isRepayable(o.id))
    .map((o) => repaymentWindow(o.id as Parameters<typeof repaymentWindow>[0], r.distributionDate, year, r.activeDutyEndDate));
  const sepp = new Set(r.claims).has('sepp') && r.seppStartDate && r.seppModificationDate
    ? seppRecapture(r.birthDate, r.seppStartDate, r.seppModificationDate, toCents(r.seppPaymentsBeforeModification), year)
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
