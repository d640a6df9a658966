// The figures one check reads, so that the browser loads those with the check rather than every figure of every
// year. A check reads a figure by its id, quoted in its rule files or in the data they read (an exception's cap, a
// repayment window), or built from a template's fixed prefix (`standard-deduction-${status}`): the figures a check
// can read are therefore found from what the modules its entry loads name (src/lib/cited-sources.ts). The rate
// schedules come along only when one of those modules reads `.brackets`. At build time, `checkFiguresOnly` has each
// check's entry provide just those tables to src/data/figure-registry.ts, in place of src/data/figures.ts, which
// provides every table; tests/engine/entry-figures.test.ts runs every check on its own tables alone.
// In the browser a rule reads a cross-year figure through those tables only (`lookupFigure`, `ruleFigure`), never from
// src/data/rule-figures.ts: the exception catalog (src/data/rules.ts) arrives as the data it evaluates to, its prose
// already filled in, and every other `prose('…')` sentence without `own` values is filled in here too, when the site
// is built, so no check's chunk carries the cross-year figures it does not read.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FigureTables } from '../data/figure-registry.ts';
import type { Figure } from '../data/schema.ts';
import { ruleFigures } from '../data/rule-figures.ts';
import { readFileSync } from 'node:fs';
import { taxYears } from '../data/figures.ts';
import { prose } from '../data/prose.ts';
import { rules } from '../data/rules.ts';
import { jointAndLastSurvivorTable, uniformLifetimeTable } from '../data/rmd-tables.ts';
import { figureFieldRead, namedBy, readsBrackets } from './cited-sources.ts';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const FIGURES = resolve(SRC, 'data/figures.ts');
const REGISTRY = resolve(SRC, 'data/figure-registry.ts');
const RULE_FIGURES = resolve(SRC, 'data/rule-figures.ts');
const RULES = resolve(SRC, 'data/rules.ts');
const RMD_TABLES = resolve(SRC, 'data/rmd-tables.ts');
const ENGINE_OR_DATA = /[\\/]src[\\/](engine|data)[\\/].*\.ts$/;
const ENTRY = /[\\/]src[\\/]engine[\\/]entries[\\/][a-z0-9-]+\.ts$/;

/**
 * The tables a check's entry needs: the cross-year and year figures its modules name, each covered year's date. A
 * figure's `note` is left out: only the pages and the CLI show it (`figure()` in src/engine/index.ts); so are its
 * `label` and `unit`, but for the figures a step lists among those it used, and its `sources`, but for the figures a step cites
 * (`figureFieldRead`, src/lib/cited-sources.ts).
 */
export function figuresReadBy(entry: string): FigureTables {
  const { modules, names } = namedBy(entry);
  const read = { label: figureFieldRead(modules, 'label'), sources: figureFieldRead(modules, 'sources'), unit: figureFieldRead(modules, 'unit') };
  // A figure's `unit`, like its label, reaches a result only in the figures a step lists as used (or where a rule reads
  // it itself); the rules compute with the value alone.
  const kept = (id: string, field: string) =>
    field !== 'note' && (field === 'unit' ? read.label(id) || read.unit(id) : !(field === 'label' || field === 'sources') || read[field](id));
  const pick = (table: Readonly<Record<string, Figure>>): Record<string, Figure> =>
    Object.fromEntries(
      Object.entries(table)
        .filter(([id]) => names(id))
        .map(([id, f]) => [id, Object.fromEntries(Object.entries(f).filter(([k]) => kept(id, k))) as Figure]),
    );
  const brackets = readsBrackets(modules);
  return {
    rules: pick(ruleFigures),
    years: Object.values(taxYears).map((y) => ({ year: y.year, rulesAsOf: y.rulesAsOf, figures: pick(y.figures), ...(brackets ? { brackets: y.brackets } : {}) })),
  };
}

/**
 * The module an entry runs first: it provides the entry's tables and, to the browser's catalog, the parts of it only
 * this check's rules read (`catalogParts`), before any of the check's own modules runs.
 */
export function tablesModule(entry: string): string {
  const tables = figuresReadBy(entry);
  const parts = catalogParts(entry);
  return [
    `import { provideFigures } from ${JSON.stringify(REGISTRY)};`,
    `provideFigures({ rules: ${JSON.stringify(tables.rules)}, years: ${JSON.stringify(tables.years)} });`,
    ...(parts.conditions || parts.hardship ? [`import { rules } from ${JSON.stringify(RULES)};`] : []),
    ...(parts.conditions ? [`for (const e of rules.exceptions) e.condition = ${JSON.stringify(Object.fromEntries(rules.exceptions.map((e) => [e.id, e.condition])))}[e.id];`] : []),
    ...(parts.hardship ? [`Object.assign(rules, ${JSON.stringify({ hardshipReasons: rules.hardshipReasons, hardshipSources: rules.hardshipSources })});`] : []),
    '',
  ].join('\n');
}

const EXCEPTION_MODULES = resolve(SRC, 'engine/rules/exceptions');
/** An exception's own module reads its catalog condition (`entry.condition`): every withdrawal check shows it. */
const readsOwnCondition = (id: string) => /\.condition\b/.test(readFileSync(resolve(EXCEPTION_MODULES, `${id}.ts`), 'utf8'));

/**
 * The catalog parts a check's entry provides, because a rule it loads reads them and most checks do not: every
 * exception's condition (the finder shows them all) and the hardship safe-harbor reasons.
 */
export function catalogParts(entry: string): { conditions: boolean; hardship: boolean } {
  const rulesOf = namedBy(entry).modules.filter((f) => f.startsWith(resolve(SRC, 'engine') + '/') && !f.startsWith(EXCEPTION_MODULES + '/'));
  const code = rulesOf.map((f) => readFileSync(f, 'utf8'));
  return { conditions: code.some((c) => /\.condition\b/.test(c)), hardship: code.some((c) => /\bhardship(Reasons|Sources)\b/.test(c)) };
}

/**
 * The catalog as the browser gets it: the data `src/data/rules.ts` evaluates to, without the cross-year figures and
 * dated parameters it repeats (rules read those from the figure tables and src/data/parameters.ts), and without the
 * parts only some checks read — the exceptions' conditions (but for an exception whose own module reads it) and the
 * hardship reasons — which those checks' entries provide (`tablesModule`).
 */
export function catalogModule(): string {
  const { figures: _figures, parameters: _parameters, hardshipReasons: _reasons, hardshipSources: _sources, ...catalog } = rules;
  const exceptions = catalog.exceptions.map(({ condition, ...e }) => (readsOwnCondition(e.id) ? { ...e, condition } : e));
  return `export const rules = ${JSON.stringify({ ...catalog, exceptions })};\n`;
}

/**
 * The Joint and Last Survivor Table's rows, written compactly: each block's first row in tenths of a year, then, for
 * each column in turn, one letter per next row, `a` plus how many tenths it is below the row above (the periods fall
 * by 0.1 to 1.2 a year of the younger age). A column falls by much the same from row to row, so written down its
 * column the letters repeat and gzip more tightly than written along a row. `jointRows` turns that back into the rows
 * as printed ('46.0 46.0 … 45.9').
 */
export function encodeJointRows(rows: readonly string[]): { first: string; next: string } {
  const tenths = rows.map((r) => r.split(' ').map((v) => Math.round(Number(v) * 10)));
  const next = tenths[0]!.map((_, c) =>
    tenths
      .slice(1)
      .map((row, i) => {
        const drop = tenths[i]![c]! - row[c]!;
        if (!(drop >= 0 && drop < 26)) throw new Error(`rmd-tables: a Joint and Last Survivor period rises or falls by ${drop / 10} from one row to the next; the compact form cannot hold it.`);
        return String.fromCharCode(97 + drop);
      })
      .join(''),
  );
  const encoded = { first: tenths[0]!.join(' '), next: tenths.length > 1 ? next.join(',') : '' };
  // The compact form must give back every row exactly as printed, or it is not used.
  if (jointRows(encoded.first, encoded.next).join('\n') !== rows.join('\n')) throw new Error('rmd-tables: the compact Joint and Last Survivor rows do not read back as printed.');
  return encoded;
}

/** The rows as printed, from their compact form (`encodeJointRows`). Runs in the browser; its source is inlined there. */
export function jointRows(first: string, next: string): string[] {
  const down = next.split(',');
  const columns = first.split(' ').map((v, c) => {
    let t = Number(v);
    const column = [t];
    for (const letter of down[c] ?? '') column.push((t -= letter.charCodeAt(0) - 97));
    return column;
  });
  return (columns[0] ?? []).map((_, r) => columns.map((column) => ((column[r] ?? 0) / 10).toFixed(1)).join(' '));
}

/**
 * src/data/rmd-tables.ts as the browser gets it: the same tables, the Joint and Last Survivor rows and the Uniform
 * Lifetime periods in their compact form (a third of the bytes gzipped) and read back when the module loads.
 */
export function rmdTablesModule(): string {
  const { sources, blocks, unconfirmed } = jointAndLastSurvivorTable;
  const compact = blocks.map(({ rows, ...b }) => ({ ...b, ...encodeJointRows(rows) }));
  // The Uniform Lifetime Table falls with every age too: one column in the same compact form.
  const periods = encodeJointRows(uniformLifetimeTable.periods.map((p) => p.toFixed(1)));
  return [
    `const jointRows = ${jointRows.toString()};`,
    `export const uniformLifetimeTable = { sources: ${JSON.stringify(uniformLifetimeTable.sources)}, firstAge: ${uniformLifetimeTable.firstAge}, periods: jointRows(${JSON.stringify(periods.first)}, ${JSON.stringify(periods.next)}).map(Number) };`,
    `export const jointAndLastSurvivorTable = { sources: ${JSON.stringify(sources)}, blocks: ${JSON.stringify(compact)}.map(({ first, next, ...b }) => ({ ...b, rows: jointRows(first, next) })), unconfirmed: ${JSON.stringify(unconfirmed)} };`,
    '',
  ].join('\n');
}

/**
 * Fills in, at build time, every `prose('…')` call of a module whose only argument is a plain literal (no `own`
 * values, no escapes, no `${…}`): the sentence it makes, read from all the figures. Calls with `own` values stay.
 */
export function prosePrefilled(code: string): string {
  return code.replace(/\bprose\(\s*(['"`])([^'"`\\]*?)\1\s*\)/g, (whole, quote: string, text: string) =>
    quote === '`' && text.includes('${') ? whole : JSON.stringify(prose(text)),
  );
}

/** A Vite plugin, for the browser's modules only: each check's entry provides the figures it reads, and no others. */
export function checkFiguresOnly() {
  const PREFIX = '\0check-figures:';
  const forBrowser = (ctx: unknown) => (ctx as { environment?: { config?: { consumer?: string } } }).environment?.config?.consumer === 'client';
  return {
    name: 'check-figures-only',
    enforce: 'pre' as const,
    resolveId(source: string) {
      return source.startsWith(PREFIX) ? source : null;
    },
    load(this: unknown, id: string) {
      if (id.startsWith(PREFIX)) {
        return tablesModule(id.slice(PREFIX.length));
      }
      if (id === FIGURES && forBrowser(this)) return `export { coveredYears, lookupFigure, ruleFigure, taxYears } from ${JSON.stringify(REGISTRY)};\n`;
      if (id === RULES && forBrowser(this)) return catalogModule();
      if (id === RMD_TABLES && forBrowser(this)) return rmdTablesModule();
      return null;
    },
    transform(this: unknown, code: string, id: string) {
      if (id.startsWith('\0') || !forBrowser(this)) return null;
      const filled = ENGINE_OR_DATA.test(id) && code.includes('prose(') ? prosePrefilled(code) : code;
      // First import of the entry, so its tables are in place before any of its modules runs.
      if (ENTRY.test(id)) return { code: `import ${JSON.stringify(PREFIX + id)};\n${filled}`, map: null };
      return filled === code ? null : { code: filled, map: null };
    },
    generateBundle(this: unknown, _options: unknown, bundle: Record<string, { type: string; moduleIds?: string[] }>) {
      // A browser chunk holding every cross-year figure means a rule reads them from their module, not the tables.
      if (!forBrowser(this)) return;
      for (const [name, chunk] of Object.entries(bundle)) {
        if (chunk.type === 'chunk' && chunk.moduleIds?.includes(RULE_FIGURES))
          throw new Error(`${name} carries src/data/rule-figures.ts: a rule in it reads cross-year figures from their module; read them with lookupFigure or ruleFigure (src/data/figures.ts), or write the sentence with prose('…') alone.`);
      }
    },
  };
}
