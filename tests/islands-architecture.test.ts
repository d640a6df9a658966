// The islands' boundaries (islands own form state and nothing else): src/islands/ reaches the
// rules only through src/engine/index.ts (or, for the check loader, a check's own entry), never src/data, and holds no tax figure, threshold or age test — every
// number a reader sees comes from the engine's result or schema.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const ISLANDS = join(ROOT, 'src/islands');
const SRC = join(ROOT, 'src');
const FILES = readdirSync(ISLANDS, { recursive: true })
  .map(String)
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => join(ISLANDS, f))
  .sort();
const rel = (f: string) => relative(ROOT, f);

/** Every module specifier: static imports and re-exports (type-only too) and dynamic import() calls. */
export function specifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [
    ...[...code.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!),
    ...[...code.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!),
    ...[...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!),
  ];
}

/**
 * Comments removed; string literals and JSX text kept, since "10%" in a label is as much a figure as 0.1 in code.
 * Names that contain digits but are no figure — 401(k), Form 5329, Form 1099-R — are blanked first.
 */
const withoutComments = (s: string) =>
  s
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
    .replace(/\b\d{3}\([a-z]\)/g, 'PLAN')
    .replace(/\b(Form\s+)?\d{4}(-[A-Z]+)?\b/g, (m, form: string | undefined, suffix: string | undefined) => (form || suffix ? 'FORM' : m));

/** What a tax figure or threshold looks like in a component, and why it is one. */
export const FIGURE_PATTERNS: [string, RegExp][] = [
  // Dollar limits, thresholds and years (23,500; 7500; 2026): the only number of three digits or more is 100.
  ['a number of three digits or more other than 100', /(?<![\w.#-])(?!100(?![\d.]))\d{3,}(?:[_,]\d{3})*(?:\.\d+)?(?![\w-])/],
  ['a dollar amount', /\$\s?\d/],
  ['a percentage', /\d\s?%/],
  ['a fraction of a year of age', /½|\b\d+\.5\b/],
  ['a comparison with a number other than 0 or 1', /[<>]=?\s*(?:[2-9]|\d{2,})\b|\b(?:[2-9]|\d{2,})\s*[<>]=?(?!\/)/],
  ['a rate as a decimal', /(?<![\w.])0\.\d*[1-9]/],
];

export function figuresIn(source: string): string[] {
  const code = withoutComments(source);
  return FIGURE_PATTERNS.filter(([, re]) => re.test(code)).map(([name]) => `${name}: ${code.match(re(name))?.[0]}`);
  function re(name: string): RegExp {
    return FIGURE_PATTERNS.find(([n]) => n === name)![1];
  }
}

describe('islands architecture', () => {
  test('finds the island modules', () => {
    expect(FILES.map(rel)).toContain('src/islands/EarlyWithdrawal.tsx');
  });

  test('the figure scanner sees figures and passes presentation numbers', () => {
    expect(figuresIn('if (age < 59.5) tax = amount * 0.1;')).toHaveLength(3);
    expect(figuresIn('const limit = 23500;')).toHaveLength(1);
    expect(figuresIn('<p>The 10% additional tax</p>')).toHaveLength(1);
    expect(figuresIn('<p>over $7,500</p>')).toHaveLength(2);
    expect(figuresIn('<svg viewBox="0 0 100 6"><rect width={w * 100} height={6} /></svg>; if (n > 0) i += 1;')).toEqual([]);
    expect(figuresIn('// the 10% tax is the engine’s\nconst x = 1;')).toEqual([]);
    expect(figuresIn("<p>A 401(k) needs Form 5329; see Form 1099-R.</p>")).toEqual([]);
  });

  test('the import scanner sees static, type-only and dynamic imports', () => {
    expect(specifiers("import type { A } from '../engine/core/check.ts';\nconst e = import('../engine/index.ts');")).toEqual(['../engine/core/check.ts', '../engine/index.ts']);
  });

  test.each(FILES.map((f) => [rel(f), f]))('%s reaches the rules only through src/engine/index.ts', (_name, file) => {
    const bad = specifiers(readFileSync(file, 'utf8')).filter((spec) => {
      // A check's form spec is data built from the engine's schema (src/lib/check-form.ts), not rules.
      if (!spec.startsWith('.')) return !/^preact(\/|$)/.test(spec) && !spec.startsWith('virtual:check-form/');
      const target = resolve(dirname(file), spec);
      if (target.startsWith(ISLANDS + '/')) return false;
      // The check loader fetches one check's own entry on demand (a dynamic import), nothing else below the index.
      if (rel(file) === 'src/islands/shared/load-check.ts' && /^\.\.\/\.\.\/engine\/entries\/[a-z0-9-]+\.ts$/.test(spec)) return false;
      // The formatters are an entry of their own (src/engine/format.ts), so showing a dollar loads no check.
      return target !== join(SRC, 'engine/index.ts') && target !== join(SRC, 'engine/format.ts');
    });
    expect(bad).toEqual([]);
  });

  test.each(FILES.map((f) => [rel(f), f]))('%s holds no tax figure or threshold', (_name, file) => {
    expect(figuresIn(readFileSync(file, 'utf8'))).toEqual([]);
  });
});
