// The figures one check reads, so that the browser loads those with the check rather than every figure of every
// year. A check reads a figure by its id, quoted in its rule files or in the data they read (an exception's cap, a
// repayment window), or built from a template's fixed prefix (`standard-deduction-${status}`): the figures a check
// can read are therefore found from what the modules its entry loads name (src/lib/cited-sources.ts). The rate
// schedules come along only when one of those modules reads `.brackets`. At build time, `checkFiguresOnly` has each
// check's entry provide just those tables to src/data/figure-registry.ts, in place of src/data/figures.ts, which
// provides every table; tests/engine/entry-figures.test.ts runs every check on its own tables alone.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FigureTables } from '../data/figure-registry.ts';
import { ruleFigures } from '../data/rule-figures.ts';
import { taxYears } from '../data/figures.ts';
import { modulesLoadedBy, namedBy } from './cited-sources.ts';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const FIGURES = resolve(SRC, 'data/figures.ts');
const REGISTRY = resolve(SRC, 'data/figure-registry.ts');
const RULE_FIGURES = resolve(SRC, 'data/rule-figures.ts');
const ENTRY = /[\\/]src[\\/]engine[\\/]entries[\\/][a-z0-9-]+\.ts$/;
const DATA = resolve(SRC, 'data');

/** The tables a check's entry needs: the cross-year and year figures its modules name, each covered year's date. */
export function figuresReadBy(entry: string): FigureTables {
  const { modules, names } = namedBy(entry);
  const pick = <F>(table: Readonly<Record<string, F>>) => Object.fromEntries(Object.entries(table).filter(([id]) => names(id)));
  const readsBrackets = modules.some((f) => !f.startsWith(DATA + '/') && /\.brackets\b/.test(readFileSync(f, 'utf8')));
  return {
    rules: pick(ruleFigures),
    years: Object.values(taxYears).map((y) => ({ year: y.year, rulesAsOf: y.rulesAsOf, figures: pick(y.figures), ...(readsBrackets ? { brackets: y.brackets } : {}) })),
  };
}

/**
 * The module an entry runs first: it provides the entry's tables. When the check loads the cross-year figures anyway
 * (the exception catalog holds them), it provides that module's table rather than a second copy of the figures.
 */
export function tablesModule(entry: string): string {
  const tables = figuresReadBy(entry);
  const loadsRuleFigures = modulesLoadedBy(entry, [FIGURES]).includes(RULE_FIGURES);
  const rules = loadsRuleFigures ? 'ruleFigures' : JSON.stringify(tables.rules);
  return [
    `import { provideFigures } from ${JSON.stringify(REGISTRY)};`,
    ...(loadsRuleFigures ? [`import { ruleFigures } from ${JSON.stringify(RULE_FIGURES)};`] : []),
    `provideFigures({ rules: ${rules}, years: ${JSON.stringify(tables.years)} });`,
    '',
  ].join('\n');
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
      if (id === FIGURES && forBrowser(this)) return `export { coveredYears, lookupFigure, taxYears } from ${JSON.stringify(REGISTRY)};\n`;
      return null;
    },
    transform(this: unknown, code: string, id: string) {
      // First import of the entry, so its tables are in place before any of its modules runs.
      return !id.startsWith('\0') && ENTRY.test(id) && forBrowser(this) ? { code: `import ${JSON.stringify(PREFIX + id)};\n${code}`, map: null } : null;
    },
  };
}
