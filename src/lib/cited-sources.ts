// The sources one check can cite, so that the browser loads those titles and URLs with the check rather than the
// whole registry. A step cites a source by its id, a quoted kebab-case string in the check's own rule files or in the
// data they read (a figure's or an exception's `sources`, the figure named by its id); the ids a check can cite are
// therefore found from the quoted strings of the modules its entry loads. tests/engine/entries.test.ts holds every citation the checks produce to
// this list. At build time, `citedSourcesOnly` gives each check's entry (src/engine/entries/<id>.ts) a registry of
// just those sources in place of src/data/sources.ts; Node (the CLI, the tests) uses the whole registry.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { taxYears } from '../data/figures.ts';
import { ruleFigures } from '../data/rule-figures.ts';
import { sources } from '../data/sources.ts';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const REGISTRY = resolve(SRC, 'data/sources.ts');
const ENTRY = /[\\/]src[\\/]engine[\\/]entries[\\/][a-z0-9-]+\.ts$/;

/** Relative value imports of a module (type-only imports load nothing at run time). */
function valueImports(code: string): string[] {
  const bare = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  for (const m of bare.matchAll(/^\s*(?:import|export)\s+(type\s+)?([^;]*?)\s+from\s+['"](\.[^'"]+)['"]/gm)) {
    const typeOnly = !!m[1] || /^\{\s*(type\s+[\w$]+\s*(as\s+[\w$]+\s*)?,?\s*)+\}$/.test(m[2]!.trim());
    if (!typeOnly) out.push(m[3]!);
  }
  for (const m of bare.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

/**
 * Every module a file loads, itself included, following value imports; the registry itself is left out, and the
 * imports of a module in `leaves` are not followed.
 */
export function modulesLoadedBy(entry: string, leaves: readonly string[] = []): string[] {
  const seen = new Set<string>();
  const queue = [resolve(entry)];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || file === REGISTRY) continue;
    seen.add(file);
    if (leaves.includes(file)) continue;
    for (const spec of valueImports(readFileSync(file, 'utf8'))) queue.push(resolve(dirname(file), spec));
  }
  return [...seen].sort();
}

/** Modules that define figures: their keys are figure ids, not references to figures. */
const FIGURE_DATA = [resolve(SRC, 'data/rule-figures.ts'), resolve(SRC, 'data/years')];
const PARAMETERS = resolve(SRC, 'data/parameters.ts');
const definesFigures = (file: string) => FIGURE_DATA.some((d) => file === d || file.startsWith(d + '/'));

/**
 * The registry ids a check can cite, in the registry's order: every source id quoted in the modules its entry loads
 * (rule files, the exception catalog), the sources of every figure those modules name (quoted, or by the prefix of a
 * template such as `standard-deduction-${status}`) and cite (`figureFieldRead`), and the rate schedules' sources when
 * one of its rules reads them.
 */
export function sourcesCitedBy(entry: string): string[] {
  const { modules, quoted, names } = namedBy(entry);
  const cited = new Set([...quoted]);
  const figureSets: Record<string, { sources: readonly string[] }>[] = [];
  if (modules.some((f) => f === FIGURE_DATA[0])) figureSets.push(ruleFigures);
  const years = modules.some((f) => f.startsWith(FIGURE_DATA[1] + '/'));
  if (years) for (const y of Object.values(taxYears)) figureSets.push(y.figures as Record<string, { sources: readonly string[] }>);
  const citesFigure = figureFieldRead(modules, 'sources');
  for (const set of figureSets) for (const [id, f] of Object.entries(set)) if (names(id) && citesFigure(id)) f.sources.forEach((s) => cited.add(s));
  if (years && readsBrackets(modules)) for (const y of Object.values(taxYears)) for (const sched of Object.values(y.brackets)) sched.sources.forEach((s) => cited.add(s));
  return Object.keys(sources).filter((id) => cited.has(id));
}

/** Whether a rule among `modules` (not the data that defines them) reads the rate schedules (`.brackets`). */
export function readsBrackets(modules: readonly string[]): boolean {
  return modules.some((f) => !f.startsWith(resolve(SRC, 'data') + '/') && /\.brackets\b/.test(readFileSync(f, 'utf8')));
}

/**
 * What the modules an entry loads name: their quoted kebab-case strings, and `names(id)`, true for an id quoted or
 * beginning with a template's fixed prefix (`standard-deduction-${status}`). Figure tables are left out: their keys
 * define figures rather than name them.
 */
export function namedBy(entry: string): { modules: string[]; quoted: Set<string>; names: (id: string) => boolean } {
  const modules = modulesLoadedBy(entry);
  const quoted = new Set<string>();
  const prefixes: string[] = [];
  for (const file of modules.filter((f) => !definesFigures(f))) {
    // A dated parameter's own `sources` describe it; no step cites them (a rule cites the law it applies, quoted in its
    // own module or in the exception catalog), so they do not make a check that merely loads the parameters cite them.
    const code = file === PARAMETERS ? readFileSync(file, 'utf8').replace(/\bsources:\s*\[[^\]]*\]/g, '') : readFileSync(file, 'utf8');
    for (const m of code.matchAll(/['"`]([a-z0-9-]+)['"`]/g)) quoted.add(m[1]!);
    for (const m of code.matchAll(/`([a-z0-9-]+-)\$\{/g)) prefixes.push(m[1]!);
  }
  return { modules, quoted, names: (id) => quoted.has(id) || prefixes.some((p) => id.startsWith(p)) };
}

/** A Vite plugin: each check's entry imports a registry of only the sources it can cite. */
export function citedSourcesOnly() {
  const PREFIX = '\0cited-sources:';
  return {
    name: 'cited-sources-only',
    // Before Vite's own resolver, which would otherwise resolve the registry's path first.
    enforce: 'pre' as const,
    resolveId(source: string, importer: string | undefined) {
      if (!importer || importer.startsWith('\0') || !ENTRY.test(importer)) return null;
      return resolve(dirname(importer), source) === REGISTRY ? PREFIX + importer : null;
    },
    load(id: string) {
      if (!id.startsWith(PREFIX)) return null;
      const entry = id.slice(PREFIX.length);
      const registry = sources as Record<string, { title: string; url: string }>;
      const picked = Object.fromEntries(sourcesCitedBy(entry).map((s) => [s, registry[s]]));
      return `export const sources = ${JSON.stringify(picked)};`;
    },
  };
}

const EXPLAIN = resolve(SRC, 'engine/core/explain.ts');
const DATA = resolve(SRC, 'data') + '/';
const ENGINE = resolve(SRC, 'engine') + '/';

/** A call's arguments, from just after its `(` to its matching `)` (at `end`), split at their top-level commas. */
function callArguments(code: string, open: number): { args: string[]; end: number } {
  const args: string[] = [];
  let depth = 0;
  let quote = '';
  let start = open;
  for (let i = open; i < code.length; i++) {
    const c = code[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      if (depth === 0) return { args: [...args, code.slice(start, i)].map((a) => a.trim()).filter((a) => a !== ''), end: i };
      depth--;
    } else if (c === ',' && depth === 0) {
      args.push(code.slice(start, i));
      start = i + 1;
    }
  }
  return { args, end: code.length };
}

/**
 * Which figures' `label` or `sources` a check can put in a result. A label reaches one only in the figures a step
 * lists as used: `figureValue(id, year, uses)`, `optionalFigure(id, year, uses)` (src/engine/core/explain.ts), or
 * `ruleFigure(id)!.label`; a figure's sources only when a step cites them: `figureSources(id, year)` or
 * `ruleFigure(id)!.sources`. The ids are those quoted, or the template prefixes, in such a call's first argument, or in
 * the constant it names. An id that is a property of the data (`RULE.periodFigure`, `entry.repayment!.figure`) stands
 * for every id the data gives that property; any other expression, or a module that keeps a figure it looked up and
 * reads that field, stands for every figure that module or the data the check loads names.
 */
export function figureFieldRead(modules: readonly string[], field: 'label' | 'sources' | 'unit'): (id: string) => boolean {
  const quoted = new Set<string>();
  const prefixes: string[] = [];
  const idsIn = (text: string, into: Set<string>, pre: string[]) => {
    for (const m of text.matchAll(/['"`]([a-z0-9-]+)['"`]/g)) into.add(m[1]!);
    for (const m of text.matchAll(/`([a-z0-9-]+-)\$\{/g)) pre.push(m[1]!);
  };
  const hasId = (text: string) => /['"`][a-z0-9-]+(['"`]|-\$\{)/.test(text);
  const dataIds = new Set<string>();
  const dataPrefixes: string[] = [];
  const dataCode: string[] = [];
  const byProperty = new Set<string>();
  let widen = false;
  const reads = (fn: string, args: string[], after: string) =>
    fn === 'figureValue' || fn === 'optionalFigure' ? field === 'label' && args.length >= 3 && args[2] !== 'undefined'
      : fn === 'figureSources' ? field === 'sources'
        : new RegExp(`^\\s*[!?]?\\s*\\.\\s*${field}\\b`).test(after);
  for (const file of modules) {
    if (definesFigures(file)) continue;
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    if (file.startsWith(DATA)) {
      idsIn(code, dataIds, dataPrefixes);
      dataCode.push(code);
      continue;
    }
    if (file === EXPLAIN || !file.startsWith(ENGINE)) continue;
    let wholeModule = /=\s*(ruleFigure|lookupFigure)\(/.test(code) && new RegExp(`\\.${field}\\b`).test(code);
    for (const m of code.matchAll(/(?<!function\s+)\b(figureValue|optionalFigure|figureSources|ruleFigure|lookupFigure)\(/g)) {
      const { args, end } = callArguments(code, m.index + m[0].length);
      if (!reads(m[1]!, args, code.slice(end + 1))) continue;
      // An id named by a constant of the module: the expression it is set to.
      let id = args[0] ?? '';
      const constant = /^[\w$]+$/.test(id) ? new RegExp(`\\bconst\\s+${id}\\s*=\\s*([^;\\n]+)`).exec(code)?.[1]?.trim() : undefined;
      if (constant) id = constant;
      const property = /^[\w$.!?]+\.(\w+)$/.exec(id)?.[1];
      if (hasId(id)) idsIn(id, quoted, prefixes);
      else if (property) byProperty.add(property);
      else wholeModule = true;
    }
    if (wholeModule) {
      widen = true;
      idsIn(code, quoted, prefixes);
    }
  }
  // An id read from the data: the ids the data gives that property.
  for (const property of byProperty)
    for (const code of dataCode) for (const m of code.matchAll(new RegExp(`\\b${property}:\\s*['"\`]([a-z0-9-]+)['"\`]`, 'g'))) quoted.add(m[1]!);
  if (widen) {
    for (const id of dataIds) quoted.add(id);
    prefixes.push(...dataPrefixes);
  }
  return (id) => quoted.has(id) || prefixes.some((p) => id.startsWith(p));
}
