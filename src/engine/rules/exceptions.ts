/**
 * Judging a §72(t) exception (IRC §72(t)(2), (10), (11)): the catalog's gates — whether the exception exists for a
 * 401(k) or an IRA, and whether it is in force on the distribution's date — then the predicate of the exception's own
 * module in `exceptions/<id>.ts`, which says whether it applies, why, and how much it covers.
 */
import { inForceOn } from '../../data/dated.ts';
import { rules } from '../../data/rules.ts';
import type { ExceptionId } from '../../data/exception-ids.ts';
import type { TaxException } from '../../data/schema.ts';
import { longDate } from '../core/dates.ts';
import { exceptionModule, type ExceptionFacts } from './exceptions/registry.ts';
import { no, type Verdict } from './exceptions/verdict.ts';

export type { ExceptionId };
export type { ExceptionStatus, PlanKind, Verdict } from './exceptions/verdict.ts';
export type { ExceptionFacts } from './exceptions/registry.ts';

/** Applies the catalog's gates (plan type, effective date), then the exception's own predicate. */
export function judgeException(exc: TaxException, f: ExceptionFacts): Verdict {
  if (f.plan === '401k' && !exc.plan) return no(`${exc.name} is an IRA-only exception; it does not apply to a 401(k) distribution.`, 'ira-only');
  if (f.plan === 'ira' && !exc.ira) return no(`${exc.name} applies only to distributions from a qualified plan such as a 401(k), not an IRA.`, 'plan-only');
  if (!inForceOn(exc, f.distributionDate))
    return no(exc.until && f.distributionDate > exc.until
      ? `${exc.name} covers only distributions on or before ${longDate(exc.until)}.`
      : `${exc.name} covers only distributions on or after ${longDate(exc.effectiveFrom!)}.`);
  return exceptionModule(exc.id as ExceptionId).judge(f);
}

export function exceptionById(id: string): TaxException | undefined {
  return rules.exceptions.find((e) => e.id === id);
}
