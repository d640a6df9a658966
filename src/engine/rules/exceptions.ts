/**
 * Judging a §72(t) exception (IRC §72(t)(2), (10), (11)): the catalog's gates — whether the exception exists for a
 * 401(k) or an IRA, and whether it is in force on the distribution's date — then the predicate of the exception's own
 * module in `exceptions/<id>.ts`, which says whether it applies, why, and how much it covers.
 */
import { rules } from '../../data/rules.ts';
import type { ExceptionId } from '../../data/exception-ids.ts';
import type { TaxException } from '../../data/schema.ts';
import { exceptionModule, type ExceptionFacts } from './exceptions/registry.ts';
import { judgeModule } from './exceptions/judge.ts';
import type { Verdict } from './exceptions/verdict.ts';

export type { ExceptionId };
export type { ExceptionStatus, PlanKind, Verdict } from './exceptions/verdict.ts';
export type { ExceptionFacts } from './exceptions/registry.ts';

/** Applies the catalog's gates (plan type, effective date), then the exception's own predicate (`exceptions/judge.ts`). */
export function judgeException(exc: TaxException, f: ExceptionFacts): Verdict {
  return judgeModule(exceptionModule(exc.id as ExceptionId), exc, f);
}

export function exceptionById(id: string): TaxException | undefined {
  return rules.exceptions.find((e) => e.id === id);
}
