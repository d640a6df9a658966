/**
 * Loads one check's engine code on demand: its rules, the figures of the years it covers and the citations it can
 * show — never the other checks'. Each check is its own chunk (src/engine/entries/<id>.ts); a check used twice on a
 * page, or by two islands, is fetched once.
 */
import type { CheckId, OutcomeOf } from '../../engine/index.ts';

/** A check's own `evaluate`: the same outcome as the engine's `evaluate` for a request naming this check. */
export type CheckEvaluate<K extends CheckId> = (request: unknown) => OutcomeOf<K>;

const ENTRIES: { [K in CheckId]: () => Promise<{ evaluate: CheckEvaluate<K> }> } = {
  'federal-tax': () => import('../../engine/entries/federal-tax.ts'),
  'early-withdrawal': () => import('../../engine/entries/early-withdrawal.ts'),
  exceptions: () => import('../../engine/entries/exceptions.ts'),
  'roth-distribution': () => import('../../engine/entries/roth-distribution.ts'),
  'contribution-limits': () => import('../../engine/entries/contribution-limits.ts'),
  hardship: () => import('../../engine/entries/hardship.ts'),
  loss: () => import('../../engine/entries/loss.ts'),
  loan: () => import('../../engine/entries/loan.ts'),
  rmd: () => import('../../engine/entries/rmd.ts'),
  rollover: () => import('../../engine/entries/rollover.ts'),
};

const loaded = new Map<CheckId, Promise<CheckEvaluate<CheckId>>>();

/** The check's `evaluate`, loaded once. A failed load is forgotten, so the next edit tries again. */
export function loadCheck<K extends CheckId>(id: K): Promise<CheckEvaluate<K>> {
  let p = loaded.get(id) as Promise<CheckEvaluate<K>> | undefined;
  if (!p) {
    p = ENTRIES[id]().then((m) => m.evaluate);
    loaded.set(id, p as Promise<CheckEvaluate<CheckId>>);
    p.catch(() => loaded.delete(id));
  }
  return p;
}
