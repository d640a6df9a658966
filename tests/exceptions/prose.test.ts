// Catalog prose reads its figures from the data (src/data/prose.ts): a sentence in src/data/rules.ts writes
// `{figure-id}` where it would type a number, so the number is typed once, in its figure. Expected sentences are
// written out by hand from the figures' values (IRC §72(t)(2)(G): 179 days; §72(t)(2)(L): 84 months; §72(t)(11): 180 days).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { prose } from '../../src/data/prose.ts';
import { rules } from '../../src/data/rules.ts';

const SOURCE = readFileSync(join(import.meta.dirname, '../../src/data/rules.ts'), 'utf8');
/** The sentences as written in the catalog, hardship reasons and Roth rules (everything after the figures). */
const written = [...SOURCE.slice(SOURCE.indexOf('exceptions: [')).matchAll(/\b(?:name|condition|what|note|text|periodStarts|nonqualified): (?:prose\()?'([^']*)'/g)].map((m) => m[1]!);
/** What may keep its digits: section and form numbers, plan names, the Act, the age's own name, and the first day of
 * a calendar taxable year. */
const NOT_FIGURES = [/January 1\b/g, /§\s?[\d\w().–-]+/g, /\b(401\(k\)|403\(b\)|457\(b\))/g, /Form \d+[\w-]*/g, /SECURE 2\.0/g, /59½/g, /\{[^}]+\}/g];

describe('catalog prose', () => {
  test('finds the catalog sentences', () => {
    expect(written.length).toBeGreaterThan(70);
  });
  test('no sentence types a figure', () => {
    const typed = written.filter((s) => /\d/.test(NOT_FIGURES.reduce((t, re) => t.replace(re, ''), s)));
    expect(typed).toEqual([]);
  });
  test('every placeholder is filled', () => {
    const shown = [
      ...rules.exceptions.flatMap((e) => [e.name, e.condition, e.repayment?.note ?? '', 'expanded' in e ? e.expanded.what : '']),
      ...rules.hardshipReasons.map((r) => r.text),
    ];
    expect(shown.filter((s) => s.includes('{'))).toEqual([]);
  });
  test('the sentences read the figures’ values', () => {
    const condition = (id: string) => rules.exceptions.find((e) => e.id === id)!.condition;
    expect(condition('reservist')).toContain('for more than 179 days or indefinitely');
    expect(condition('terminal-illness')).toContain('death within 84 months');
    expect(condition('disaster')).toContain('paid within 180 days after');
    expect(rules.exceptions.find((e) => e.id === 'public-safety')!.name).toBe('Qualified public safety employees: age 50 or 25 years of service');
    // §334(d) SECURE 2.0: after December 29, 2025, so December 30 and 31, 2025 use the 2025 limit.
    expect(condition('long-term-care')).toContain('for distributions after December 29, 2025 (so December 30 and 31, 2025 count, under the 2025 limit)');
    expect(condition('public-safety')).toContain('For distributions after December 29, 2022 only');
  });
});

describe('prose', () => {
  test.each([
    ['{reservist-days} days', '179 days'],
    ['{medical-agi-floor}%', '7.5%'],
    ['{emergency-lookback-years:word} calendar years', 'three calendar years'],
    ['{domestic-abuse-balance-share:fraction} your vested balance', 'half your vested balance'],
    ['your {age-59-half-birthday:ordinal} birthday', 'your 59th birthday'],
    ['{public-safety-roles:date}', 'December 30, 2022'],
    ['{public-safety-roles:day-before}', 'December 29, 2022'],
  ])('fills %s as %s', (text, expected) => {
    expect(prose(text)).toBe(expected);
  });
  test.each([
    ['2025-12-30', 'December 30 and 31, 2025'],
    ['2025-12-31', 'December 31, 2025'],
    ['2025-12-01', 'December 1 through 31, 2025'],
    ['2024-02-29', 'February 29 through December 31, 2024'],
  ])('writes the days from %s to the year’s end as %s', (from, expected) => {
    expect(prose('{from:to-year-end}', { from })).toBe(expected);
  });
  test('the day before the first of March in a leap year is February 29', () => {
    expect(prose('{d:day-before}', { d: '2024-03-01' })).toBe('February 29, 2024');
  });
  test('leaves an unknown name as written', () => {
    expect(prose('{no-such-figure} days')).toBe('{no-such-figure} days');
    expect(prose('{reservist-days:no-such-format}')).toBe('{reservist-days:no-such-format}');
  });
});

describe('the exception modules’ own sentences', () => {
  const dir = join(import.meta.dirname, '../../src/engine/rules/exceptions');
  const files = ['birth-adoption', 'disaster', 'domestic-abuse', 'emergency', 'first-home', 'health-insurance-unemployed', 'higher-education', 'long-term-care', 'medical', 'public-safety', 'reservist', 'rollover', 'separation-55', 'sepp', 'terminal-illness'];
  /** String and template literals outside comments, with `${…}` parts removed. */
  const literals = (code: string) =>
    [...code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').matchAll(/`((?:\\.|[^`\\])*)`|'((?:\\.|[^'\\\n])*)'/g)]
      .map((m) => (m[1] ?? m[2] ?? '').replace(/\$\{[^}]*\}/g, ''))
      .filter((s) => /\s/.test(s)); // sentences, not ids or import paths
  test('the scanner sees a typed figure in a sentence but not in a comment or an interpolation', () => {
    expect(literals("// within 84 months\nconst a = 'within 84 months'; const b = `within ${n} months`;")).toEqual(['within 84 months', 'within  months']);
  });
  test('no reason or label types a figure', () => {
    const typed = files.flatMap((f) => literals(readFileSync(join(dir, `${f}.ts`), 'utf8')).filter((s) => /\d/.test(NOT_FIGURES.reduce((t, re) => t.replace(re, ''), s))).map((s) => `${f}: ${s}`));
    expect(typed).toEqual([]);
  });
});
