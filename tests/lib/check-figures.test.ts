// What the browser build does to the data a check reads (src/lib/check-figures.ts): sentences without values of their
// own are filled in at build time, the exception catalog arrives as its data without the cross-year figures, and a
// sentence made at run time from its own values reads no figure (src/data/prose.ts `fillIn`).
import { describe, expect, test } from 'vitest';
import { fillIn, prose } from '../../src/data/prose.ts';
import { catalogModule, prosePrefilled } from '../../src/lib/check-figures.ts';

describe('sentences filled in at build time', () => {
  test('a call with one plain literal becomes the sentence it makes', () => {
    // IRC §72(t)(2)(G): more than 179 days; §72(t)(4)(A): five years.
    expect(prosePrefilled(`const a = prose('more than {reservist-days} days');`)).toBe('const a = "more than 179 days";');
    expect(prosePrefilled('const b = prose(`{sepp-lock-in-years:word} years`);')).toBe('const b = "five years";');
  });

  test('a call with values of its own, a template with ${…} or an escape stays as written', () => {
    const own = "prose('{from:year}', { from: FROM })";
    const template = 'prose(`${x} {reservist-days}`)';
    const escaped = "prose('it\\'s {reservist-days}')";
    expect(prosePrefilled(own)).toBe(own);
    expect(prosePrefilled(template)).toBe(template);
    expect(prosePrefilled(escaped)).toBe(escaped);
  });

  test('the filled sentence is the one the engine makes in Node', () => {
    const text = 'Paid within {disaster-window-days} days, spread over {disaster-spread-years:word} years.';
    expect(prosePrefilled(`prose('${text}')`)).toBe(JSON.stringify(prose(text)));
    expect(prose(text)).toBe('Paid within 180 days, spread over three years.');
  });
});

describe('the catalog as the browser gets it', () => {
  const code = catalogModule();
  const catalog = JSON.parse(code.replace(/^export const rules = /, '').replace(/;\n$/, '')) as Record<string, unknown> & { exceptions: { id: string; condition: string }[] };

  test('is its data, with no cross-year figures or dated parameters and no placeholder left', () => {
    expect(code.startsWith('export const rules = {')).toBe(true);
    expect(Object.keys(catalog).sort()).toEqual(['exceptions', 'hardshipReasons', 'hardshipSources', 'rothQualified']);
    expect(code).not.toMatch(/\{[a-z0-9-]+(:[a-z-]+)?\}/);
  });

  test('carries the sentences as filled in (IRC §72(t)(2)(L): 84 months)', () => {
    expect(catalog.exceptions.find((e) => e.id === 'terminal-illness')!.condition).toContain('death within 84 months');
  });
});

describe('fillIn and the usd format', () => {
  test('fillIn reads only the values given', () => {
    expect(fillIn('{n:word} year', { n: 1 })).toBe('one year');
    expect(fillIn('{reservist-days} days', {})).toBe('{reservist-days} days');
  });

  test('usd writes whole dollars with a dollar sign and thousands separators (loan floor, IRC §72(p)(2)(A)(ii))', () => {
    expect(prose('up to {loan-floor:usd}')).toBe('up to $10,000');
  });
});
