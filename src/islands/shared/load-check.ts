/**
 * Loads one check's engine code on demand: its rules, the figures of the years it covers and the citations it can
 * show — never the other checks'. Each check is its own chunk (src/engine/entries/<id>.ts), whose loader comes with
 * the check's form spec (`virtual:check-form/<id>` exports `engines`, src/lib/check-form.ts), so no shared script
 * carries a loader for every check; a check used twice on a page, or by two islands, is fetched once.
 */
import type { CheckId, OutcomeOf } from '../../engine/index.ts';

/** A check's own `evaluate`: the same outcome as the engine's `evaluate` for a request naming this check. */
export type CheckEvaluate<K extends CheckId> = (request: unknown) => OutcomeOf<K>;

/** Loaders of checks' own entries, by check id. */
export type EngineLoaders = { readonly [K in CheckId]?: () => Promise<{ evaluate: CheckEvaluate<K> }> };

const loaded = new Map<CheckId, Promise<CheckEvaluate<CheckId>>>();

/** The check's `evaluate`, loaded once through `engines`. A failed load is forgotten, so the next edit tries again. */
export function loadCheck<K extends CheckId>(id: K, engines: EngineLoaders): Promise<CheckEvaluate<K>> {
  let p = loaded.get(id) as Promise<CheckEvaluate<K>> | undefined;
  if (!p) {
    const load = engines[id] as (() => Promise<{ evaluate: CheckEvaluate<K> }>) | undefined;
    p = load ? load().then((m) => m.evaluate) : Promise.reject(new Error(`No engine entry for the ${id} check.`));
    loaded.set(id, p as Promise<CheckEvaluate<CheckId>>);
    p.catch(() => loaded.delete(id));
  }
  return p;
}
