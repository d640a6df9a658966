// The state-tax guide as built: 51 rows, verified rows link their state's page with the date checked, every other
// row says "not yet verified — check with the state" and nothing else, and the figures read back as the states'
// pages give them.
import { describe, expect, test } from 'vitest';
import { bodyRows, hrefs, readPage, tableByCaption, text } from './html.ts';

const PAGE = '/guides/state-income-tax/';
const html = readPage(PAGE);
const rows = bodyRows(tableByCaption(html, 'State income tax on 401(k) distributions'));
const row = (code: string) => rows.find((r) => r.id === `state-${code}`)!;

test('has one row for each of the 50 states and DC', () => {
  expect(rows).toHaveLength(51);
  expect(new Set(rows.map((r) => r.id)).size).toBe(51);
});

test('an unverified state says so across the row and shows nothing as fact', () => {
  const tx = row('tx');
  expect(tx.className).toBe('unverified');
  expect(tx.cells.map((c) => text(c))).toEqual(['Texas', 'Not yet verified — check with the state']);
});

describe('verified states', () => {
  test('California: taxed, 2.5% on early distributions on Form FTB 3805P, with the FTB page and the date checked', () => {
    const [, taxes, , early, source] = row('ca').cells.map((c) => text(c));
    expect(taxes).toBe('Yes, like other income');
    expect(early).toBe('2.5% (Form FTB 3805P), on the early distribution, beside the federal additional tax');
    expect(source).toMatch(/\( ?December 1, 2026 ?\)/);
    expect(hrefs(row('ca').cells[4]!)).toEqual(['https://www.ftb.ca.gov/file/personal/income-types/early-distributions.html']);
  });

  test('New York: the $20,000 exclusion from 59½', () => {
    const [, taxes, exclusion] = row('ny').cells.map((c) => text(c));
    expect(taxes).toBe('Yes, with an exclusion for retirement income');
    expect(exclusion).toContain('59½ or older');
    expect(exclusion).toContain('up to $20,000 (person)');
  });

  test('New Jersey: $100,000 / $75,000 / $50,000 at 62 or disabled, total income up to $150,000', () => {
    const exclusion = text(row('nj').cells[2]!);
    expect(exclusion).toContain('62 or older, or disabled');
    expect(exclusion).toContain('$100,000 (married filing jointly); $75,000 (single, head of household or qualifying widow(er)); $50,000 (married filing separately)');
    expect(exclusion).toContain('only if total income is $150,000 or less');
  });

  test('Illinois exempts them; Massachusetts taxes them', () => {
    expect(text(row('il').cells[1]!)).toBe('No: the state exempts them');
    expect(text(row('ma').cells[1]!)).toBe('Yes, like other income');
  });

  test('a state’s early-distribution tax the page did not address is shown as not verified, never as none', () => {
    expect(text(row('ny').cells[3]!)).toBe('Not yet verified');
  });
});

test('the guide counts the verified states', () => {
  expect(text(html)).toContain('Verified from the state’s own official page: 7 of 51.');
});

test('the withdrawals guide and the at-a-glance page point to the state guide', () => {
  for (const p of ['/guides/how-withdrawals-are-taxed/', '/guides/401k-taxes-at-a-glance/']) expect(hrefs(readPage(p)), p).toContain('/guides/state-income-tax/');
  expect(text(readPage('/guides/how-withdrawals-are-taxed/'))).not.toContain('This site does not cover state taxes');
});

test('Colorado and Iowa show their exclusions from the data', () => {
  expect(text(row('co').cells[2]!)).toContain('up to $20,000 (person under 65); $24,000 (person 65 or older)');
  expect(text(row('ia').cells[2]!)).toContain('all qualifying retirement income');
});
