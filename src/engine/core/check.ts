/**
 * What every check is: a request schema, a default request (what the islands show first, labeled as an example),
 * and a pure `run` that either returns a result or field-level errors for facts that contradict each other.
 */
import { coveredYears } from '../../data/figures.ts';
import { Explanation, type Step } from './explain.ts';
import type { FieldError, ObjectSchema, ParsedObject, Shape } from './request-kit.ts';

export type CheckRun<R> = { result: R } | { errors: FieldError[] };

export type CheckDefinition<S extends Shape, R, Id extends string = string> = {
  id: Id;
  title: string;
  request: ObjectSchema<S>;
  defaultRequest: Record<string, unknown>;
  run(req: ParsedObject<S>, explain: Explanation): CheckRun<R>;
};

/** The result type `R` is inferred from `run`'s return statements: it is the one source of a check's result shape. */
export function defineCheck<S extends Shape, R, const Id extends string>(def: CheckDefinition<S, R, Id>): CheckDefinition<S, R, Id> {
  return def;
}

/** What `evaluate` returns: the check's typed result with its explanation, or field-level errors. */
export type Outcome<R = unknown, Id extends string = string> =
  | { ok: true; check: Id; version: number; result: R; explanation: Step[] }
  | { ok: false; check?: Id; errors: FieldError[] };

/** The error for a tax year the data does not hold: it names the covered years and never extrapolates. */
export function yearNotCovered(field: string, year: number): FieldError {
  const years = coveredYears();
  return { field, message: `Tax year ${year} is not covered. This site covers ${years.join(', ')}.` };
}

export function isCovered(year: number): boolean {
  return coveredYears().includes(year);
}

/** A sanity bound on input, not a tax rule: no state's top income-tax rate, with a city's added, reaches it. */
const MAX_PLAUSIBLE_STATE_RATE = 20;

/** An error when a state income-tax rate is implausibly high (a typo, or dollars entered as a rate). */
export function implausibleStateRate(field: string, rate: number | undefined): FieldError | undefined {
  return rate !== undefined && rate > MAX_PLAUSIBLE_STATE_RATE
    ? { field, message: `Check the state tax rate: no state and local income tax rate is above ${MAX_PLAUSIBLE_STATE_RATE}%. Enter a percentage, such as 5 for 5%.` }
    : undefined;
}

/** An error when the birth date is after the tax year (the reader would not be born yet). */
export function bornAfterYear(field: string, birthDate: string | undefined, year: number): FieldError | undefined {
  return birthDate !== undefined && birthDate > `${year}-12-31` ? { field, message: `The birth date must be on or before December 31, ${year}, the end of the tax year.` } : undefined;
}

/** A sanity bound on input, not a tax rule: a typo such as 1096 for 1996 should be caught. */
const MAX_PLAUSIBLE_AGE = 120;

/** An error when the birth date makes the reader implausibly old in `year`; undefined otherwise. */
export function implausibleAge(field: string, birthDate: string, year: number): FieldError | undefined {
  return year - Number(birthDate.slice(0, 4)) > MAX_PLAUSIBLE_AGE
    ? { field, message: `Check the birth date: it makes you older than ${MAX_PLAUSIBLE_AGE} in ${year}.` }
    : undefined;
}
