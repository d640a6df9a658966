/**
 * A small request validator that also emits JSON Schema. It keeps the engine free of a validation library in the
 * browser (a page with a check has a 20 kB budget for all its JavaScript) while types are still derived from the
 * schema. Failures are values: a list of `{ field, message }` whose `field` is the request's own field name.
 */
import { isoProblem } from './dates.ts';
import { metaJson, type ChoiceMeta, type Describe } from './field-meta.ts';

/** The message for a required field left out, here and in a check that requires a field only for some answers. */
export const REQUIRED_MESSAGE = 'This field is required.';

export { inGroup, withMeta, type ChoiceMeta, type Describe, type FieldKind, type FieldMeta, type RequiredWhen, type ShownWhen } from './field-meta.ts';

export type FieldError = { field: string; message: string };

export type Field<T> = {
  readonly json: Record<string, unknown>;
  readonly optional: boolean;
  readonly fallback: T | undefined;
  parse(value: unknown, field: string, errors: FieldError[]): T | undefined;
};

export type Infer<F> = F extends Field<infer T> ? T : never;

function field<T>(json: Record<string, unknown>, parse: Field<T>['parse']): Field<T> {
  return { json, optional: false, fallback: undefined, parse };
}

/** An amount in dollars and cents, 0 to 1 billion. */
export function money(description: Describe): Field<number> {
  return field({ type: 'number', minimum: 0, maximum: 1e9, multipleOf: 0.01, ...metaJson('money', description) }, (v, f, errs) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return void errs.push({ field: f, message: 'Enter an amount in dollars.' });
    if (v < 0) return void errs.push({ field: f, message: 'The amount cannot be negative.' });
    if (v > 1e9) return void errs.push({ field: f, message: 'The amount is larger than this check supports ($1 billion).' });
    // Exact: the nearest cent must be the very number given, so 100.000000001 is refused, not rounded silently.
    if (Math.round(v * 100) / 100 !== v) return void errs.push({ field: f, message: 'Use at most two decimal places (cents).' });
    return v === 0 ? 0 : v; // -0 becomes 0, so no result can show a negative zero
  });
}

/** A whole number within bounds; `kind` says what it is (a count of years or children, a tax year). */
export function integer(description: Describe, minimum: number, maximum: number, kind: 'integer' | 'count' | 'tax-year' = 'integer'): Field<number> {
  return field({ type: 'integer', minimum, maximum, ...metaJson(kind, description) }, (v, f, errs) => {
    if (typeof v !== 'number' || !Number.isInteger(v)) return void errs.push({ field: f, message: 'Enter a whole number.' });
    if (v < minimum || v > maximum) return void errs.push({ field: f, message: `Enter a number from ${minimum} to ${maximum}.` });
    return v === 0 ? 0 : v;
  });
}

/** A percentage from 0 to 100 (up to two decimals). */
export function percent(description: Describe): Field<number> {
  return field({ type: 'number', minimum: 0, maximum: 100, ...metaJson('percent', description) }, (v, f, errs) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return void errs.push({ field: f, message: 'Enter a percentage.' });
    if (v < 0 || v > 100) return void errs.push({ field: f, message: 'Enter a percentage from 0 to 100.' });
    return v === 0 ? 0 : v;
  });
}

const DATE_MESSAGES = { format: 'Enter a date as YYYY-MM-DD.', calendar: 'This is not a real calendar date.', year: 'Enter a year between 1900 and 2200.' } as const;
/** A real calendar date written YYYY-MM-DD, read by the engine's one date reader (`core/dates.ts`). */
export function date(description: Describe): Field<string> {
  return field({ type: 'string', format: 'date', ...metaJson('date', description) }, (v, f, errs) => {
    const problem = typeof v === 'string' ? isoProblem(v) : 'format';
    if (problem) return void errs.push({ field: f, message: DATE_MESSAGES[problem] });
    return v as string;
  });
}

export function boolean(description: Describe): Field<boolean> {
  return field({ type: 'boolean', ...metaJson('yes-no', description) }, (v, f, errs) => {
    if (typeof v !== 'boolean') return void errs.push({ field: f, message: 'Answer yes or no.' });
    return v;
  });
}

export function oneOf<const T extends readonly string[]>(values: T, description: string | ChoiceMeta<T[number]>): Field<T[number]> {
  return field({ type: 'string', enum: [...values], ...metaJson('choice', description) }, (v, f, errs) => {
    if (typeof v !== 'string' || !values.includes(v)) return void errs.push({ field: f, message: `Choose one of: ${values.join(', ')}.` });
    return v as T[number];
  });
}

/** A list of distinct choices. */
export function setOf<const T extends readonly string[]>(values: T, description: string | ChoiceMeta<T[number]>): Field<T[number][]> {
  return field({ type: 'array', items: { type: 'string', enum: [...values] }, uniqueItems: true, ...metaJson('set', description) }, (v, f, errs) => {
    if (!Array.isArray(v)) return void errs.push({ field: f, message: 'Expected a list.' });
    // Index by index, so holes in a sparse array count as entries; a non-text entry (a nested array, an object without
    // a prototype) is named by its kind, never converted to text, which could recurse or throw.
    const bad: string[] = [];
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (typeof x !== 'string') bad.push(x === undefined ? 'an empty entry' : Array.isArray(x) ? 'a list' : x === null ? 'null' : typeof x === 'object' ? 'an object' : `a ${typeof x}`);
      else if (!values.includes(x)) bad.push(x.length > 60 ? `${x.slice(0, 60)}…` : x);
    }
    if (bad.length) return void errs.push({ field: f, message: `Unknown choice: ${bad.slice(0, 5).join(', ')}${bad.length > 5 ? ', …' : ''}.` });
    return [...new Set(v as T[number][])];
  });
}

/** An optional field: absent (or JSON `null`) parses to undefined. */
export function optional<T>(inner: Field<T>): Field<T | undefined> {
  return { ...inner, optional: true, fallback: undefined };
}

/** An optional field with a default used when it is absent (or JSON `null`). */
export function withDefault<T>(inner: Field<T>, fallback: T): Field<T> {
  return { ...inner, optional: true, fallback, json: { ...inner.json, default: fallback } };
}

export type Shape = Record<string, Field<any>>;
export type ParsedObject<S extends Shape> = { [K in keyof S]: Infer<S[K]> };

export type ObjectSchema<S extends Shape> = {
  shape: S;
  options: ObjectOptions;
  parse(value: unknown): { ok: true; value: ParsedObject<S> } | { ok: false; errors: FieldError[] };
};

/** How a check's form shows its sections: `open` ones as always-visible question lists, the rest folded. */
export type ObjectOptions = { openGroups?: readonly string[] };

/** A tax year of a check that asks for one directly (covered years are the engine's to judge). */
export function taxYear(description: Describe): Field<number> {
  return integer(description, 1900, 2200, 'tax-year');
}

/**
 * The JSON Schema of a request. A function of its own, not a method, so the browser's bundles, which only parse
 * (each check's form spec is built from this schema when the site is built, src/lib/check-form.ts), leave it out.
 */
export function jsonSchemaOf(schema: ObjectSchema<Shape>, title: string): Record<string, unknown> {
  const { shape, options } = schema;
  return {
    title,
    type: 'object',
    additionalProperties: false,
    ...(options.openGroups?.length ? { 'x-open-groups': [...options.openGroups] } : {}),
    required: Object.keys(shape).filter((k) => !shape[k]!.optional),
    properties: Object.fromEntries(Object.entries(shape).map(([k, f]) => [k, f.json])),
  };
}

export function object<S extends Shape>(shape: S, options: ObjectOptions = {}): ObjectSchema<S> {
  // Built once per schema, not per request: parsing runs on every evaluation.
  const entries = Object.entries(shape);
  return {
    shape,
    options,
    parse(value) {
      const errors: FieldError[] = [];
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return { ok: false, errors: [{ field: 'request', message: 'The request must be a JSON object.' }] };
      const input = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(input)) {
        if (!Object.hasOwn(shape, key)) errors.push({ field: key, message: 'This field is not part of the request.' });
      }
      for (const [key, f] of entries) {
        const v = Object.hasOwn(input, key) ? input[key] : undefined;
        if (v === undefined || v === null) {
          if (!f.optional) errors.push({ field: key, message: REQUIRED_MESSAGE });
          else out[key] = f.fallback;
          continue;
        }
        out[key] = f.parse(v, key, errors);
      }
      return errors.length ? { ok: false, errors } : { ok: true, value: out as ParsedObject<S> };
    },
  };
}
