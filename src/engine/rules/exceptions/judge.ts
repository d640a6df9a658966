/**
 * Judging one §72(t) exception module (IRC §72(t)(2), (10), (11)): the catalog's gates — whether the exception exists
 * for a 401(k) or an IRA, and whether it is in force on the distribution's date — then the module's own predicate.
 * A rule that judges one exception it names (the rollover and loan checks' separation from service) imports that
 * module and this, not the registry of every exception (`registry.ts`, `../exceptions.ts`).
 */
import { inForceOn } from '../../../data/dated.ts';
import type { TaxException } from '../../../data/schema.ts';
import { longDate } from '../../core/dates.ts';
import type { ExceptionFacts } from './registry.ts';
import { no, type Verdict } from './verdict.ts';

/** Applies the catalog's gates (plan type, effective date), then the module's predicate. */
export function judgeModule(m: { judge: (f: ExceptionFacts) => Verdict }, exc: TaxException, f: ExceptionFacts): Verdict {
  if (f.plan === '401k' && !exc.plan) return no(`${exc.name} is an IRA-only exception; it does not apply to a 401(k) distribution.`, 'ira-only');
  if (f.plan === 'ira' && !exc.ira) return no(`${exc.name} applies only to distributions from a qualified plan such as a 401(k), not an IRA.`, 'plan-only');
  if (!inForceOn(exc, f.distributionDate))
    return no(exc.until && f.distributionDate > exc.until
      ? `${exc.name} covers only distributions on or before ${longDate(exc.until)}.`
      : `${exc.name} covers only distributions on or after ${longDate(exc.effectiveFrom!)}.`);
  return m.judge(f);
}
