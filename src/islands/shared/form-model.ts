/**
 * The form model of a check, derived from the engine's JSON Schema for its request: what control each field gets,
 * its label, help, unit and section (from the schema's `title`, `description` and `x-` keywords, never parsed out of
 * English), the raw values a form holds, and the request they make.
 * Pure and DOM-free, so the URL round trip and the request mapping are unit-tested without a browser.
 * No tax rule lives here: an amount the reader types goes to the engine as typed, and the engine judges it.
 */

/**
 * The JSON Schema of one request property, as `requestSchemas()` emits it, with the engine's `x-` keywords. A check's
 * form spec keeps only what the form reads (src/lib/check-form.ts `formSchema`): every field there has its `x-kind`.
 */
export type PropSchema = {
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'array';
  enum?: string[];
  items?: { enum?: string[] };
  format?: string;
  title?: string;
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  multipleOf?: number;
  'x-kind'?: Kind;
  'x-unit'?: string;
  'x-group'?: string;
  'x-required-when'?: RequiredWhen;
  'x-shown-when'?: ShownWhen | ShownWhen[];
  'x-choice-labels'?: Record<string, string>;
  'x-sets-tax-year'?: boolean;
};
export type RequestSchema = { title: string; required: string[]; properties: Record<string, PropSchema>; 'x-open-groups'?: string[] };

export type Kind = 'date' | 'money' | 'percent' | 'tax-year' | 'count' | 'integer' | 'number' | 'choice' | 'yes-no' | 'set';
export type RequiredWhen = { field: string; is: string | boolean | readonly string[] } | { field: string; has: string } | 'always';
export type ShownWhen = { field: string; is: string | boolean | readonly string[] } | { field: string; has: string } | { field: string; filled: true };
export type Value = string | boolean | string[];
export type Values = Record<string, Value>;

export type FieldSpec = {
  name: string;
  kind: Kind;
  label: string;
  help: string;
  unit: string;
  required: boolean;
  /** Neither required nor defaulted: leaving it empty is a real answer (unless `requiredWhen` holds). */
  optional: boolean;
  /** Required only once another answer is given, e.g. a separation date once you say you left. */
  requiredWhen?: RequiredWhen;
  /** When the field can matter (all must hold); absent: always, or when `requiredWhen` holds. */
  shownWhen?: ShownWhen[];
  options: string[];
  /** The reader's words for each choice value. */
  choiceLabels: Record<string, string>;
  /** A date whose year is the tax year: the form offers the covered years beside it. */
  setsTaxYear: boolean;
};

/** A form section: the fields of one `x-group` in request order; the first has no title. */
export type Group = { title?: string; open: boolean; fields: string[] };

/** Request fields the form never shows: they name the check and its request version. */
const HIDDEN = new Set(['check', 'version']);

/** The field's kind as the engine declares it (`x-kind`); the JSON type only for a schema without one. */
export function kindOf(p: PropSchema): Kind {
  if (p['x-kind']) return p['x-kind'];
  if (p.type === 'boolean') return 'yes-no';
  if (p.type === 'array') return 'set';
  if (p.enum) return 'choice';
  if (p.type === 'string') return 'date';
  return p.type === 'integer' ? 'integer' : 'number';
}

/** Label, help, unit and the rest, read from the schema's keywords as the engine wrote them. */
export function fieldSpec(name: string, p: PropSchema, required: boolean): FieldSpec {
  // A field declared with one sentence has no `title`: that sentence is its label.
  const label = p.title ?? p.description ?? name;
  return {
    name,
    kind: kindOf(p),
    label,
    help: p.title !== undefined ? (p.description ?? '') : '',
    unit: p['x-unit'] ?? '',
    required,
    optional: !required && p.default === undefined,
    ...(p['x-required-when'] ? { requiredWhen: p['x-required-when'] } : {}),
    ...(p['x-shown-when'] ? { shownWhen: ([] as ShownWhen[]).concat(p['x-shown-when']) } : {}),
    options: p.enum ?? p.items?.enum ?? [],
    choiceLabels: p['x-choice-labels'] ?? {},
    setsTaxYear: p['x-sets-tax-year'] === true,
  };
}

/** Whether a field's `requiredWhen` holds for the form's values. */
export function requiredNow(spec: FieldSpec, values: Values): boolean {
  const w = spec.requiredWhen;
  if (!w) return spec.required;
  if (w === 'always') return true;
  const v = values[w.field];
  return 'has' in w ? Array.isArray(v) && v.includes(w.has) : Array.isArray(w.is) ? typeof v === 'string' && w.is.includes(v) : v === w.is;
}

const holds = (c: ShownWhen, values: Values, blank: Values): boolean => {
  const v = values[c.field];
  if ('filled' in c) return v !== undefined && v !== '' && !same(v, blank[c.field]);
  if ('has' in c) return Array.isArray(v) && v.includes(c.has);
  return Array.isArray(c.is) ? typeof v === 'string' && c.is.includes(v) : v === c.is;
};

/** Where the form's values came from: the example the form started with, and the fields the reader entered. */
export type Origin = { example: Values; touched: ReadonlySet<string> };

/**
 * The fields the form shows now: each whose conditions (`shownWhen`, else a conditional `requiredWhen`) hold, and
 * whose conditions' own fields are shown; a condition on a field the form does not have holds. A field is shown
 * whatever its conditions while it holds an answer of the reader's other than its blank one, or has an error. With
 * `origin`, a value the example set and the reader has not touched is not such an answer: once its conditions fail
 * (the example's loan date after the reader says they are leaving) it is hidden, and `requestValues` leaves it out
 * of the request, so nothing the request carries is ever out of sight.
 */
export function shownFields(specs: Record<string, FieldSpec>, values: Values, blank: Values, errors: ReadonlySet<string> = new Set(), origin?: Origin): Set<string> {
  const memo = new Map<string, boolean>();
  const shown = (name: string, seen: Set<string>): boolean => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const spec = specs[name];
    if (!spec) return true;
    const w = spec.requiredWhen;
    const conditions = spec.shownWhen ?? (w && w !== 'always' ? [w] : []);
    const examples = origin !== undefined && !origin.touched.has(name) && same(values[name], origin.example[name]);
    let out = errors.has(name) || (!same(values[name], blank[name]) && !examples);
    if (!out) {
      seen.add(name);
      out = conditions.every((c) => !specs[c.field] || seen.has(c.field) || (holds(c, values, blank) && shown(c.field, seen)));
    }
    memo.set(name, out);
    return out;
  };
  return new Set(Object.keys(specs).filter((n) => shown(n, new Set())));
}

/** The form's values as the request takes them: a field the form does not show is blank (its default, or absent). */
export function requestValues(specs: Record<string, FieldSpec>, values: Values, blank: Values, origin: Origin): Values {
  const shown = shownFields(specs, values, blank, new Set(), origin);
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, !specs[k] || shown.has(k) ? v : blank[k]!]));
}

/** The form's sections, in the order their first field comes in the request. */
export function groupsOf(schema: RequestSchema): Group[] {
  const open = new Set(schema['x-open-groups'] ?? []);
  const first: Group = { open: true, fields: [] };
  const byTitle = new Map<string, Group>();
  for (const [name, p] of Object.entries(schema.properties)) {
    if (HIDDEN.has(name)) continue;
    const title = p['x-group'];
    if (!title) {
      first.fields.push(name);
      continue;
    }
    let g = byTitle.get(title);
    if (!g) byTitle.set(title, (g = { title, open: open.has(title), fields: [] }));
    g.fields.push(name);
  }
  return [first, ...byTitle.values()].filter((g) => g.fields.length > 0);
}

export function fieldSpecs(schema: RequestSchema): Record<string, FieldSpec> {
  const out: Record<string, FieldSpec> = {};
  for (const [name, p] of Object.entries(schema.properties)) {
    if (!HIDDEN.has(name)) out[name] = fieldSpec(name, p, schema.required.includes(name));
  }
  return out;
}

/** The form a request fills when the reader has typed nothing: each field's schema default, else empty. */
export function blankValues(schema: RequestSchema): Values {
  const out: Values = {};
  for (const [name, p] of Object.entries(schema.properties)) {
    if (HIDDEN.has(name)) continue;
    const k = kindOf(p);
    const d = p.default;
    out[name] = k === 'yes-no' ? d === true : k === 'set' ? (Array.isArray(d) ? d.map(String) : []) : d === undefined ? '' : String(d);
  }
  return out;
}

/** The form filled from a request (the example). */
export function valuesFromRequest(schema: RequestSchema, request: Record<string, unknown>): Values {
  const out = blankValues(schema);
  for (const name of Object.keys(out)) {
    const v = request[name];
    if (v === undefined || v === null) continue;
    out[name] = typeof v === 'boolean' ? v : Array.isArray(v) ? v.map(String) : String(v);
  }
  return out;
}

/** "20,000" and "$20000.50" read as numbers; anything else goes to the engine as typed, for it to reject. */
export function readNumber(text: string): number | string {
  const clean = text.replace(/[$,%\s]/g, '');
  return clean !== '' && /^-?\d*\.?\d+$/.test(clean) ? Number(clean) : text;
}

/** The engine request the form's values make. An empty box is an absent field: its default, or "required". */
export function requestFromValues(check: string, schema: RequestSchema, values: Values): Record<string, unknown> {
  const req: Record<string, unknown> = { check };
  for (const [name, p] of Object.entries(schema.properties)) {
    const v = values[name];
    if (HIDDEN.has(name) || v === undefined) continue;
    const k = kindOf(p);
    if (typeof v === 'string') {
      if (v.trim() === '') continue;
      req[name] = k === 'date' || k === 'choice' ? v.trim() : readNumber(v);
    } else {
      req[name] = v;
    }
  }
  return req;
}

export function same(a: Value | undefined, b: Value | undefined): boolean {
  return Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x) => b.includes(x)) : a === b;
}

/** The URL format's version; a link with another version is reported as old and the example shown. */
export const URL_VERSION = '1';

/**
 * Writes the form into `params` under the check's namespace (`ew.amount=20000`), replacing what was there.
 * Only values that differ from `base` (the example's form) are written, a cleared box as `ew.amount=`, and those the
 * reader entered (`touched`) even when they equal the example's, so a shared link still knows them as the reader's;
 * plus `ew.v`, which marks a scenario even when it equals the example. Other checks' parameters are left alone.
 */
export function writeParams(params: URLSearchParams, ns: string, values: Values, base: Values, touched: Iterable<string> = []): URLSearchParams {
  const out = new URLSearchParams();
  const entered = new Set(touched);
  for (const [k, v] of params) if (!k.startsWith(`${ns}.`)) out.append(k, v);
  out.append(`${ns}.v`, URL_VERSION);
  for (const [name, v] of Object.entries(values)) {
    if (same(v, base[name]) && !entered.has(name)) continue;
    out.append(`${ns}.${name}`, Array.isArray(v) ? v.join(',') : String(v));
  }
  return out;
}

/** A scenario read from a link: the form's values and the fields the link names (the reader's, not the example's). */
export type ReadResult = { kind: 'none' } | { kind: 'scenario'; values: Values; touched: string[] } | { kind: 'bad'; message: string };

const DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads the check's scenario from the URL: `base` (the example's form) with the URL's fields over it, so a
 * hand-written `?ew.v=1&ew.amount=5000` works. No parameter under the namespace: none (the example stays). A parameter
 * the form cannot hold (unknown field, wrong version, not a number, not a choice): bad, with a message the island
 * shows before falling back to the example. A value the form can hold but the engine rejects (a negative amount)
 * is a scenario: the engine's own message appears next to its field.
 */
export function readParams(params: URLSearchParams, ns: string, schema: RequestSchema, base: Values): ReadResult {
  const mine = [...params].filter(([k]) => k.startsWith(`${ns}.`));
  if (mine.length === 0) return { kind: 'none' };
  const values = { ...base };
  const touched: string[] = [];
  const problems: string[] = [];
  let version: string | undefined;
  for (const [key, text] of mine) {
    const name = key.slice(ns.length + 1);
    if (name === 'v') {
      version = text;
      continue;
    }
    // Own properties only: `constructor`, `__proto__` or `toString` in a link must not reach Object.prototype.
    const p = HIDDEN.has(name) || !Object.hasOwn(schema.properties, name) ? undefined : schema.properties[name];
    if (!p) {
      problems.push(`“${name}” is not a field of this check`);
      continue;
    }
    const k = kindOf(p);
    const options = p.enum ?? p.items?.enum ?? [];
    touched.push(name);
    if (k === 'yes-no') {
      if (text === 'true' || text === 'false') values[name] = text === 'true';
      else problems.push(`“${name}” must be true or false`);
    } else if (k === 'set') {
      const list = text === '' ? [] : text.split(',');
      const unknown = list.filter((x) => !options.includes(x));
      if (unknown.length) problems.push(`“${name}” has unknown choices (${unknown.join(', ')})`);
      else values[name] = list;
    } else if (k === 'choice') {
      if (text === '' || options.includes(text)) values[name] = text;
      else problems.push(`“${name}” has an unknown choice`);
    } else if (k === 'date') {
      if (text === '' || DATE_TEXT.test(text)) values[name] = text;
      else problems.push(`“${name}” is not a date written YYYY-MM-DD`);
    } else if (text === '' || typeof readNumber(text) === 'number') {
      values[name] = text;
    } else {
      problems.push(`“${name}” is not a number`);
    }
  }
  if (version !== URL_VERSION) return { kind: 'bad', message: 'This link was made for another version of the check, so the example is shown instead.' };
  if (problems.length) return { kind: 'bad', message: `This link could not be read (${problems.join('; ')}), so the example is shown instead.` };
  return { kind: 'scenario', values, touched: [...new Set(touched)] };
}

/**
 * Whose numbers the result is for. `example`: the reader has entered nothing. `partial`: some of the inputs that drive
 * the result (the fields required now) still hold the example's value. `yours`: none does. `inUse` lists, in form
 * order, the fields still holding a value the example set (a value other than the field's default) that the form
 * shows, required ones first: the form marks them and the result names them.
 */
export type ScenarioState = { kind: 'example' | 'partial' | 'yours'; inUse: { required: string[]; other: string[] } };

export function scenarioState(specs: Record<string, FieldSpec>, example: Values, blank: Values, values: Values, touched: ReadonlySet<string>): ScenarioState {
  const required: string[] = [];
  const other: string[] = [];
  // A field the form hides (its value the example's, its question no longer asked) is not in the request: not in use.
  const shown = shownFields(specs, values, blank, new Set(), { example, touched });
  for (const [name, spec] of Object.entries(specs)) {
    if (touched.has(name) || !same(values[name], example[name]) || same(example[name], blank[name]) || !shown.has(name)) continue;
    (requiredNow(spec, values) ? required : other).push(name);
  }
  const inUse = { required, other };
  if (touched.size === 0) return { kind: 'example', inUse };
  return { kind: required.length > 0 ? 'partial' : 'yours', inUse };
}

/** Replaces the year of a YYYY-MM-DD date, keeping month and day (February 29 becomes February 28). */
export function withYear(date: string, year: number): string {
  const m = /^\d{4}-(\d{2})-(\d{2})$/.exec(date);
  const month = m ? Number(m[1]) : 1;
  const day = m ? Number(m[2]) : 1;
  const d = new Date(Date.UTC(year, month - 1, day));
  // A day the month does not have in that year rolls into the next month: take the month's last day instead.
  const fixed = d.getUTCMonth() === month - 1 ? d : new Date(Date.UTC(year, month, 0));
  return `${String(year).padStart(4, '0')}-${fixed.toISOString().slice(5, 10)}`;
}

/** "married-filing-jointly" → "Married filing jointly". */
/**
 * The readable name of a choice value: a name scoped to the field (`reason:medical`) wins over one for the value alone
 * (`medical`), so a hardship reason is not shown under the name of the §72(t) exception that shares its id.
 */
export function choiceName(names: Record<string, string>, field: string, value: string): string {
  return names[`${field}:${value}`] ?? names[value] ?? humanize(value);
}

export function humanize(id: string): string {
  const s = id.replace(/-/g, ' ');
  return s[0]!.toUpperCase() + s.slice(1);
}
