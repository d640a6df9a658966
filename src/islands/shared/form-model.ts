/**
 * The form model of a check, derived from the engine's JSON Schema for its request: what control each field gets,
 * its label and help (from the schema's description), the raw values a form holds, and the request they make.
 * Pure and DOM-free, so the URL round trip and the request mapping are unit-tested without a browser.
 * No tax rule lives here: an amount the reader types goes to the engine as typed, and the engine judges it.
 */

/** The JSON Schema of one request property, as `requestSchemas()` emits it. */
export type PropSchema = {
  type: 'string' | 'number' | 'integer' | 'boolean' | 'array';
  enum?: string[];
  items?: { enum?: string[] };
  format?: string;
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  multipleOf?: number;
};
export type RequestSchema = { title: string; required: string[]; properties: Record<string, PropSchema> };

export type Kind = 'date' | 'money' | 'percent' | 'integer' | 'number' | 'choice' | 'yes-no' | 'set';
export type Value = string | boolean | string[];
export type Values = Record<string, Value>;

export type FieldSpec = {
  name: string;
  kind: Kind;
  label: string;
  help: string;
  unit: '' | 'dollars' | 'percent';
  required: boolean;
  /** Neither required nor defaulted: leaving it empty is a real answer. */
  optional: boolean;
  options: string[];
};

/** Request fields the form never shows: they name the check and its request version. */
const HIDDEN = new Set(['check', 'version']);

export function kindOf(p: PropSchema): Kind {
  if (p.type === 'boolean') return 'yes-no';
  if (p.type === 'array') return 'set';
  if (p.enum) return 'choice';
  if (p.type === 'string') return 'date';
  if (p.type === 'integer') return 'integer';
  if (/\(dollars\)/.test(p.description ?? '')) return 'money';
  if (/\(percent\)/.test(p.description ?? '')) return 'percent';
  return 'number';
}

/** "Withholding rate you elect (percent); the 20% … cannot be lowered" → label and help, unit apart. */
export function fieldSpec(name: string, p: PropSchema, required: boolean): FieldSpec {
  const raw = p.description ?? name;
  const unit = /\(dollars\)/.test(raw) ? 'dollars' : /\(percent\)/.test(raw) ? 'percent' : '';
  const text = raw.replace(/\s*\((dollars|percent)\)/g, '');
  const cut = text.indexOf('; ');
  const label = cut < 0 ? text : text.slice(0, cut);
  const rest = cut < 0 ? '' : text.slice(cut + 2);
  return {
    name,
    kind: kindOf(p),
    label,
    help: rest ? rest[0]!.toUpperCase() + rest.slice(1) + '.' : '',
    unit,
    required,
    optional: !required && p.default === undefined,
    options: p.enum ?? p.items?.enum ?? [],
  };
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
 * Only values that differ from `base` (the example's form) are written, a cleared box as `ew.amount=`, plus `ew.v`,
 * which marks a scenario even when it equals the example; other checks' parameters are left alone.
 */
export function writeParams(params: URLSearchParams, ns: string, values: Values, base: Values): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of params) if (!k.startsWith(`${ns}.`)) out.append(k, v);
  out.append(`${ns}.v`, URL_VERSION);
  for (const [name, v] of Object.entries(values)) {
    if (same(v, base[name])) continue;
    out.append(`${ns}.${name}`, Array.isArray(v) ? v.join(',') : String(v));
  }
  return out;
}

export type ReadResult = { kind: 'none' } | { kind: 'scenario'; values: Values } | { kind: 'bad'; message: string };

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
  const problems: string[] = [];
  let version: string | undefined;
  for (const [key, text] of mine) {
    const name = key.slice(ns.length + 1);
    if (name === 'v') {
      version = text;
      continue;
    }
    const p = HIDDEN.has(name) ? undefined : schema.properties[name];
    if (!p) {
      problems.push(`“${name}” is not a field of this check`);
      continue;
    }
    const k = kindOf(p);
    const options = p.enum ?? p.items?.enum ?? [];
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
  return { kind: 'scenario', values };
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
