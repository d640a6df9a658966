// Each check's form spec — the engine's JSON Schema for its request (fields, labels, groups, choices), its example
// request, the tax years the site covers and the date each year's rules were checked — computed from the engine when
// the site is built. The island of a check imports its own spec as `virtual:check-form/<id>` (the plugin below), so
// the spec ships once, cached, in that check's script instead of in the HTML of every page that shows the check.
import { fileURLToPath } from 'node:url';
import { parseSync, type Plugin } from 'vite';
import { CHECK_IDS, coveredYears, defaultRequest, requestSchemas, rulesAsOf, type CheckId } from '../engine/index.ts';
import { CHECK_ISLANDS } from '../islands/registry.ts';
import type { PropSchema, RequestSchema } from '../islands/shared/form-model.ts';
import type { CheckForm } from '../islands/shared/check-state.ts';

/** The form spec of one check with an island. Throws (stopping the build) for an id without one. */
export function checkForm(id: string): CheckForm {
  const island = CHECK_ISLANDS.find((c) => c.id === id);
  if (!island || !(CHECK_IDS as string[]).includes(id)) throw new Error(`virtual:check-form/${id}: no check with an island has this id.`);
  const years = coveredYears();
  const asOf: Record<string, string> = {};
  for (const y of years) {
    const d = rulesAsOf(y);
    if (d) asOf[y] = d;
  }
  const schema = formSchema(requestSchemas()[id] as RequestSchema);
  return { id, ns: island.ns, title: island.title, schema, example: defaultRequest(id as CheckId), years, asOf };
}

/** The request fields a form never shows: they name the check and its request version (form-model.ts HIDDEN). */
const NOT_ON_FORM = new Set(['check', 'version']);
/** What the form reads of a field's JSON Schema (form-model.ts): the rest (type, bounds, format) is the engine's to judge. */
const FORM_KEYWORDS = ['title', 'description', 'default', 'enum', 'x-kind', 'x-unit', 'x-group', 'x-required-when', 'x-shown-when', 'x-choice-labels', 'x-sets-tax-year'] as const;

/** The part of a request's JSON Schema the form reads: its fields on the form, each with the keywords the form uses. */
export function formSchema(schema: RequestSchema): RequestSchema {
  const properties: Record<string, PropSchema> = {};
  for (const [name, p] of Object.entries(schema.properties)) {
    if (NOT_ON_FORM.has(name)) continue;
    const kept: Record<string, unknown> = {};
    for (const k of FORM_KEYWORDS) if (p[k] !== undefined) kept[k] = p[k];
    if (p.items?.enum) kept['items'] = { enum: p.items.enum };
    properties[name] = kept as PropSchema;
  }
  return {
    title: schema.title,
    required: schema.required.filter((n) => !NOT_ON_FORM.has(n)),
    ...(schema['x-open-groups'] ? { 'x-open-groups': schema['x-open-groups'] } : {}),
    properties,
  };
}

const PREFIX = 'virtual:check-form/';

/**
 * Serves `virtual:check-form/<id>` as a module whose default export is `checkForm(id)`. The engine is read once, when
 * the config loads: in `astro dev`, restart after changing a check's fields.
 */
export function checkFormPlugin(): Plugin {
  return {
    name: 'k401:check-form',
    resolveId(source) {
      return source.startsWith(PREFIX) ? `\0${source}` : undefined;
    },
    load(resolved) {
      if (!resolved.startsWith(`\0${PREFIX}`)) return undefined;
      const id = resolved.slice(PREFIX.length + 1);
      // The check's own rules and figures (src/engine/entries/<id>.ts), which the live check fetches on its first run
      // (src/islands/shared/load-check.ts): here, so no shared script carries a loader for every check.
      const entry = fileURLToPath(new URL(`../engine/entries/${id}.ts`, import.meta.url));
      return `export default ${JSON.stringify(checkForm(id))};\nexport const engines = { ${JSON.stringify(id)}: () => import(${JSON.stringify(entry)}) };`;
    },
  };
}

const FIELD_META = fileURLToPath(new URL('../engine/core/field-meta.ts', import.meta.url));
const ENGINE = /[\\/]src[\\/]engine[\\/].*\.ts$/;

/** The request-kit functions that take a field's description, and the argument it is. */
const DESCRIBED: Readonly<Record<string, number>> = { money: 0, integer: 0, percent: 0, date: 0, boolean: 0, taxYear: 0, oneOf: 1, setOf: 1, withMeta: 1, inGroup: 1 };

type Node = { type: string; start: number; end: number; [key: string]: unknown };
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';

/**
 * A module's code with every field description passed to request-kit — label, help, unit, group, choice labels, when it
 * is required — written as `0`: the browser's engine only parses requests, and the form spec (`virtual:check-form/<id>`,
 * built in Node from the whole engine) carries the descriptions. Only calls of functions imported from request-kit.ts
 * are touched, and only a description written in place (an object, a string or a template); the code is returned as
 * it was when it does not parse.
 */
export function withoutFieldDescriptions(code: string, filename: string): string {
  const { program, errors } = parseSync(filename, code, { lang: 'ts' });
  if (errors.length) return code;
  const local = new Map<string, string>();
  for (const node of program.body as unknown as Node[]) {
    if (node.type !== 'ImportDeclaration' || !/request-kit\.ts$/.test((node['source'] as { value: string }).value)) continue;
    for (const spec of node['specifiers'] as Node[]) {
      if (spec.type === 'ImportSpecifier' && spec['importKind'] !== 'type') local.set((spec['local'] as { name: string }).name, (spec['imported'] as { name: string }).name);
    }
  }
  const cuts: [number, number][] = [];
  const visit = (node: Node): void => {
    if (node.type === 'CallExpression') {
      const callee = node['callee'] as Node;
      const at = callee.type === 'Identifier' ? DESCRIBED[local.get(callee['name'] as string) ?? ''] : undefined;
      const arg = at === undefined ? undefined : (node['arguments'] as Node[])[at];
      if (arg && (arg.type === 'ObjectExpression' || arg.type === 'TemplateLiteral' || (arg.type === 'Literal' && typeof arg['value'] === 'string'))) cuts.push([arg.start, arg.end]);
    }
    for (const v of Object.values(node)) {
      if (Array.isArray(v)) v.forEach((c) => isNode(c) && visit(c));
      else if (isNode(v)) visit(v);
    }
  };
  visit(program as unknown as Node);
  // Outermost first; a description inside one already cut goes with it.
  cuts.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out = '';
  let at = 0;
  for (const [start, end] of cuts) {
    if (start < at) continue;
    out += `${code.slice(at, start)}0`;
    at = end;
  }
  return out + code.slice(at);
}

/**
 * A Vite plugin, for the browser's modules only: a request field is its parser alone. Field descriptions are cut from
 * the engine's modules (`withoutFieldDescriptions`) and field-meta.ts, which turns them into JSON Schema keywords, is
 * replaced by functions that keep none, so no check's chunk carries its form's words twice.
 */
export function fieldsAsParsers() {
  const forBrowser = (ctx: unknown) => (ctx as { environment?: { config?: { consumer?: string } } }).environment?.config?.consumer === 'client';
  return {
    name: 'k401:fields-as-parsers',
    enforce: 'pre' as const,
    load(this: unknown, id: string) {
      if (id !== FIELD_META || !forBrowser(this)) return null;
      return 'export const metaJson = () => ({});\nexport const withMeta = (f) => f;\nexport const inGroup = (fields) => fields;\n';
    },
    transform(this: unknown, code: string, id: string) {
      if (id.startsWith('\0') || id === FIELD_META || !ENGINE.test(id) || !forBrowser(this) || !code.includes('request-kit')) return null;
      const out = withoutFieldDescriptions(code, id);
      return out === code ? null : { code: out, map: null };
    },
  };
}
