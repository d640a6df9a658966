/**
 * What an exception predicate reads (the common facts) and returns (its verdict with the reason). Amounts in cents.
 */
import { addMonths } from '../../core/dates.ts';
import type { PublicSafetyRole } from '../../core/fields.ts';
import type { Cents } from '../../core/money.ts';

export type PlanKind = '401k' | 'ira';

/**
 * The facts every exception may read, amounts in cents: the distribution, the participant, the claims, and the
 * employment facts the separation rules share (IRC §72(t)(2)(A)(v), (10)). Each module adds its own facts
 * (`define.ts`); absent ones mean "not known" (the exception finder).
 */
export type CommonFacts = {
  year: number;
  plan: PlanKind;
  distributionDate: string;
  birthDate: string;
  claims: ReadonlySet<string>;
  vestedBalance?: Cents | undefined;
  /** AGI including this distribution's taxable part, for the medical-expense floor. */
  agi?: Cents | undefined;
  separatedFromPlanEmployer: boolean;
  separationDate?: string | undefined;
  publicSafetyEmployee: boolean;
  /** Which kind of public safety employee (IRC §72(t)(10)(B)); absent means one of the long-standing kinds. */
  publicSafetyRole?: PublicSafetyRole | undefined;
  yearsOfService?: number | undefined;
};

export type ExceptionStatus = 'applies' | 'does-not-apply' | 'ira-only' | 'plan-only' | 'needs-plan-support';
/** `cover`: 'all' for the whole distribution, a cents amount for a capped exception, 0 when it does not apply. */
export type Verdict = { status: ExceptionStatus; reason: string; cover: Cents | 'all' };

export const no = (reason: string, status: ExceptionStatus = 'does-not-apply'): Verdict => ({ status, reason, cover: 0 });
export const all = (reason: string): Verdict => ({ status: 'applies', reason, cover: 'all' });
export const upTo = (cover: Cents, reason: string): Verdict =>
  cover > 0 ? { status: 'applies', reason, cover } : { status: 'does-not-apply', reason, cover: 0 };

/** Within `years` years starting on `start` (the day `years` later is outside). */
export const withinYearsFrom = (start: string, date: string, years: number) => date >= start && date < addMonths(start, years * 12);
