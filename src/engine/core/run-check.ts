/**
 * Runs one check definition over an untrusted request: parse → run → outcome. The all-checks entry
 * (`src/engine/index.ts`) and each check's own entry (`src/engine/entries/<id>.ts`) both run checks through this, so
 * a check answers the same whichever entry loaded it. Never throws: bad input comes back as field-level errors, and
 * an unexpected failure inside a rule comes back as an error value too.
 */
import { citer, type Citation } from '../../data/citations.ts';
import type { Source } from '../../data/schema.ts';
import type { CheckDefinition, Outcome } from './check.ts';
import { citedSteps, Explanation } from './explain.ts';

/** The request schema version; bump only with a migration for old URLs. */
export const REQUEST_VERSION = 1;

/** The outcome type of a check definition, derived from its `run`. */
export type OutcomeOfDefinition<D> = D extends CheckDefinition<any, infer R, infer Id> ? Outcome<R, Id> : never;

export function runCheck<D extends CheckDefinition<any, unknown>>(def: D, request: unknown, cite: (ids: readonly string[]) => Citation[]): OutcomeOfDefinition<D>;
export function runCheck(def: CheckDefinition<any, unknown>, request: unknown, cite: (ids: readonly string[]) => Citation[]): Outcome {
  try {
    if (typeof request !== 'object' || request === null || Array.isArray(request)) return notAnObject();
    const parsed = def.request.parse(request);
    if (!parsed.ok) return { ok: false, check: def.id, errors: parsed.errors };
    const explain = new Explanation();
    const run = def.run(parsed.value, explain);
    if ('errors' in run) return { ok: false, check: def.id, errors: run.errors };
    return { ok: true, check: def.id, version: REQUEST_VERSION, result: run.result, explanation: citedSteps(explain.steps, cite) };
  } catch (e) {
    return internalError(e);
  }
}

export function notAnObject(): Outcome<never> {
  return { ok: false, errors: [{ field: 'request', message: 'The request must be a JSON object.' }] };
}

/** A rule that throws is a bug; the reader still gets an answer rather than a blank page. */
export function internalError(e: unknown): Outcome<never> {
  return { ok: false, errors: [{ field: 'request', message: `Internal error in the rules engine: ${e instanceof Error ? e.message : String(e)}` }] };
}

/** A check's own `evaluate`: its definition run through `runCheck`, citing from `registry`. */
export function checkEntry<D extends CheckDefinition<any, unknown>>(def: D, registry: Readonly<Record<string, Source>>): (request: unknown) => OutcomeOfDefinition<D> {
  const cite = citer(registry);
  return (request) => runCheck(def, request, cite);
}
