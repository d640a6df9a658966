/**
 * The rules engine's one entry. Pure: no DOM, no clock, no network. `evaluate` never throws: bad input comes back as
 * field-level errors, and an unexpected failure inside a rule comes back as an error value too.
 */
import { coveredYears, lookupFigure, taxYears, cite, type Citation } from '../data/index.ts';
import type { CheckDefinition, Outcome } from './core/check.ts';
import { internalError, notAnObject, REQUEST_VERSION, runCheck } from './core/run-check.ts';
import { jsonSchemaOf, type FieldError, type ParsedObject } from './core/request-kit.ts';
import { earlyWithdrawal } from './checks/early-withdrawal.ts';
import { exceptionsFinder } from './checks/exceptions.ts';
import { federalTax } from './checks/federal-tax.ts';
import { rothDistribution } from './checks/roth-distribution.ts';
import { contributionLimits } from './checks/contribution-limits.ts';
import { hardship } from './checks/hardship.ts';
import { loss } from './checks/loss.ts';
import { loan } from './checks/loan.ts';
import { rmd } from './checks/rmd.ts';
import { rollover } from './checks/rollover.ts';

export type { Outcome, FieldError, Citation };
export type { Step } from './core/explain.ts';

export { REQUEST_VERSION };

const checks = {
  'federal-tax': federalTax,
  'early-withdrawal': earlyWithdrawal,
  exceptions: exceptionsFinder,
  'roth-distribution': rothDistribution,
  'contribution-limits': contributionLimits,
  hardship,
  loss,
  loan,
  rmd,
  rollover,
} as const satisfies Record<string, CheckDefinition<any, unknown>>;

type Checks = typeof checks;
export type CheckId = keyof Checks;
export const CHECK_IDS = Object.keys(checks) as CheckId[];

/** The result of a check, derived from its `run` (e.g. `ResultOf<'early-withdrawal'>`); never written by hand. */
export type ResultOf<K extends CheckId> = Checks[K] extends CheckDefinition<any, infer R, any> ? R : never;
/** The parsed request a check's `run` receives: every field present, defaults applied. */
export type RequestOf<K extends CheckId> = Checks[K] extends CheckDefinition<infer S, any, any> ? ParsedObject<S> : never;
/** What `evaluate` returns for one check. */
export type OutcomeOf<K extends CheckId> = Outcome<ResultOf<K>, K>;
/** The outcome of any check, narrowed by its `check` field. */
export type AnyOutcome = { [K in CheckId]: OutcomeOf<K> }[CheckId];

export { coveredYears };
/** The one formatter of dollar amounts and the one long date, for every view of a result. */
export { formatUsd } from './core/money.ts';
export { longDate } from './core/dates.ts';

/**
 * Runs one check. Never throws. Given a request whose `check` is a known id, the outcome is typed with that check's
 * result; given anything else (a request read from a URL, a file or a test's fuzzer), the result is `unknown`.
 */
export function evaluate<K extends CheckId>(request: { readonly check: K }): OutcomeOf<K>;
export function evaluate(request: unknown): Outcome;
export function evaluate(request: unknown): Outcome {
  try {
    if (typeof request !== 'object' || request === null || Array.isArray(request)) return notAnObject();
    const id = (request as { check?: unknown }).check;
    // Own keys only: `constructor`, `__proto__` or `toString` must name no check rather than reach Object.prototype.
    const def = typeof id === 'string' && Object.hasOwn(checks, id) ? (checks as Record<string, CheckDefinition<any, unknown>>)[id] : undefined;
    if (!def) return { ok: false, errors: [{ field: 'check', message: `Choose a check: ${CHECK_IDS.join(', ')}.` }] };
    return runCheck(def, request, cite);
  } catch (e) {
    return internalError(e);
  }
}

/** The request the islands show before the reader types, labeled as an example. */
export function defaultRequest(check: CheckId): Record<string, unknown> {
  return structuredClone(checks[check].defaultRequest);
}

/** JSON Schema of every request, keyed by check id. */
export function requestSchemas(): Record<string, unknown> {
  return Object.fromEntries(Object.entries(checks).map(([id, def]) => [id, jsonSchemaOf(def.request, def.title)]));
}

/** A figure by id for a year, with its citations; undefined when the year is not covered or the figure not in force. */
export function figure(id: string, year: number): { id: string; year: number; value: number | string; unit: string; label: string; note?: string; citations: Citation[] } | undefined {
  const f = lookupFigure(id, year);
  if (!f) return undefined;
  return { id, year, value: f.value, unit: f.unit, label: f.label, ...(f.note ? { note: f.note } : {}), citations: cite(f.sources) };
}

/** The date the year's rules were last checked against their sources. */
export function rulesAsOf(year: number): string | undefined {
  return taxYears[year]?.rulesAsOf;
}
