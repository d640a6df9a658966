/**
 * Field metadata: what a form needs to know about a request field, said once where the field is declared, and the
 * JSON Schema keywords it becomes. Kept apart from the validators in request-kit.ts, which only parse.
 */
/** Anything that carries its JSON Schema: a request-kit field. */
type WithJson = { readonly json: Record<string, unknown> };

/**
 * What a form needs to know about a field, said once where the field is declared. Emitted in the JSON Schema as
 * standard keywords (`title` = label, `description` = help) and `x-` keywords (`x-kind`, `x-unit`, `x-group`,
 * `x-required-when`, `x-shown-when`, `x-choice-labels`, `x-sets-tax-year`), which the islands' form reads and nothing else.
 */
export type FieldKind = 'money' | 'percent' | 'date' | 'tax-year' | 'count' | 'integer' | 'choice' | 'set' | 'yes-no';

/**
 * A field asked only in some cases: required once `field` equals `is` (a choice or yes/no; or one of `is`, for a
 * list) or its set `has` a value;
 * `'always'` when the check always requires a field that its shared declaration leaves optional.
 */
export type RequiredWhen = { field: string; is: string | boolean | readonly string[] } | { field: string; has: string } | 'always';

/**
 * When a field can matter, so the form shows it: once `field` equals `is` (or one of `is`, for a list), its set
 * `has` a value, or it is `filled` (holds an answer other than its blank one); a list of conditions must all hold. A field with a conditional `requiredWhen` and no `shownWhen` is
 * shown when it is required. The engine reads the field whenever it is given: this is the form's, never a rule.
 */
export type ShownWhen = { field: string; is: string | boolean | readonly string[] } | { field: string; has: string } | { field: string; filled: true };

export type FieldMeta = {
  /** The label a reader sees, short: "Date you left that employer". */
  label: string;
  /** One or two sentences under the label, when the label alone could be misread. */
  help?: string;
  /** What a number counts when it is not dollars or percent ("years", "children"); money and percent set their own. */
  unit?: string;
  /** The form section the field belongs to; none means the check's first, untitled section. */
  group?: string;
  requiredWhen?: RequiredWhen;
  shownWhen?: ShownWhen | readonly ShownWhen[];
  /** For a date: its year is the tax year (the form offers the covered years beside it). */
  setsTaxYear?: boolean;
};

/**
 * A field's description: its metadata, or (the first form, kept so fields written before the metadata keep
 * compiling) one sentence, shown whole as the label.
 */
export type Describe = string | FieldMeta;
/** Metadata for a choice or a set: a reader-facing label for every value ("eviction-foreclosure" → "Eviction or foreclosure"). */
export type ChoiceMeta<T extends string> = FieldMeta & { choices: Record<T, string> };

const KIND_UNIT: Partial<Record<FieldKind, string>> = { money: 'dollars', percent: 'percent' };

/** The JSON Schema keywords a description makes, for a field of `kind`. */
export function metaJson(kind: FieldKind, d: Describe): Record<string, unknown> {
  const unit = typeof d === 'string' ? KIND_UNIT[kind] : (d.unit ?? KIND_UNIT[kind]);
  const out: Record<string, unknown> = { 'x-kind': kind, ...(unit ? { 'x-unit': unit } : {}) };
  if (typeof d === 'string') return { ...out, description: d };
  if (d.help) out['description'] = d.help;
  if (d.group) out['x-group'] = d.group;
  if (d.requiredWhen) out['x-required-when'] = d.requiredWhen;
  if (d.shownWhen) out['x-shown-when'] = d.shownWhen;
  if (d.setsTaxYear) out['x-sets-tax-year'] = true;
  if ('choices' in d) out['x-choice-labels'] = (d as ChoiceMeta<string>).choices;
  return { title: d.label, ...out };
}

/**
 * The same field with some of its metadata changed, for a check that shows a shared field differently
 * (`withMeta(returnFields.stateTaxRate, { group: null })` moves it to the first section). Parsing is unchanged.
 */
export function withMeta<F extends WithJson>(f: F, patch: { label?: string; help?: string; group?: string | null; requiredWhen?: RequiredWhen | null; shownWhen?: ShownWhen | readonly ShownWhen[] | null }): F {
  const json: Record<string, unknown> = { ...f.json };
  if (patch.label !== undefined) json['title'] = patch.label;
  if (patch.help !== undefined) json['description'] = patch.help;
  if (patch.group === null) delete json['x-group'];
  else if (patch.group !== undefined) json['x-group'] = patch.group;
  if (patch.requiredWhen === null) delete json['x-required-when'];
  else if (patch.requiredWhen !== undefined) json['x-required-when'] = patch.requiredWhen;
  if (patch.shownWhen === null) delete json['x-shown-when'];
  else if (patch.shownWhen !== undefined) json['x-shown-when'] = patch.shownWhen;
  return { ...f, json };
}

/** Moves several fields of a shape into one form section (or, with null, into the first). */
export function inGroup<S extends Record<string, WithJson>>(fields: S, group: string | null): S {
  return Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, withMeta(f, { group })])) as S;
}

