// The state data: all 50 states and DC, once each; a verified entry has the state's own https page and its check
// date; the figures read from those pages are pinned here by hand (FTB early-distributions page: 2.5%, Form FTB
// 3805P; NY DTF: $20,000 from 59½; NJ Division of Taxation: 62 or disabled, $100,000 / $75,000 / $50,000, total income
// up to $150,000).
import { expect, test } from 'vitest';
import { states } from '../../src/data/states.ts';

const CODES = 'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(' ');

test('lists the 50 states and the District of Columbia, each once', () => {
  expect(states).toHaveLength(51);
  expect([...states.map((s) => s.code)].sort()).toEqual([...CODES].sort());
});

test('every verified state cites an https page on a .gov domain and the date it was checked', () => {
  for (const s of states) {
    if (s.status !== 'verified') continue;
    const url = new URL(s.source.url);
    expect(url.protocol, s.name).toBe('https:');
    expect(url.hostname.endsWith('.gov'), s.name).toBe(true);
    expect(s.checked, s.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
});

test('an unverified state carries no treatment, so nothing can be shown as fact for it', () => {
  for (const s of states) if (s.status === 'unverified') expect(Object.keys(s).sort(), s.name).toEqual(['code', 'name', 'status']);
});

test('California adds 2.5% on early distributions, reported on Form FTB 3805P', () => {
  const ca = states.find((s) => s.code === 'CA');
  expect(ca?.status).toBe('verified');
  if (ca?.status === 'verified') expect(ca.earlyDistributionTax).toEqual(expect.objectContaining({ ratePercent: 2.5, form: 'Form FTB 3805P' }));
});

test('New York excludes up to $20,000 a person from 59½', () => {
  const ny = states.find((s) => s.code === 'NY');
  if (ny?.status !== 'verified') throw new Error('New York should be verified');
  expect(ny.treatment).toBe('taxed-with-exclusion');
  expect(ny.exclusion?.amounts).toEqual([{ usd: 20_000, per: 'person' }]);
});

test('New Jersey’s exclusion is $100,000 joint, $75,000 single, $50,000 separate, with total income up to $150,000', () => {
  const nj = states.find((s) => s.code === 'NJ');
  if (nj?.status !== 'verified') throw new Error('New Jersey should be verified');
  expect(nj.exclusion?.amounts.map((a) => a.usd)).toEqual([100_000, 75_000, 50_000]);
  expect(nj.exclusion?.incomeLimitUsd).toBe(150_000);
});

test('Illinois exempts 401(k) distributions and Massachusetts taxes them', () => {
  const by = (c: string) => states.find((s) => s.code === c);
  expect(by('IL')).toEqual(expect.objectContaining({ status: 'verified', treatment: 'exempt' }));
  expect(by('MA')).toEqual(expect.objectContaining({ status: 'verified', treatment: 'taxed' }));
});

test('Colorado subtracts up to $20,000 under 65 and $24,000 from 65, from age 55; Iowa excludes all qualifying retirement income from 55', () => {
  const co = states.find((s) => s.code === 'CO');
  const ia = states.find((s) => s.code === 'IA');
  if (co?.status !== 'verified' || ia?.status !== 'verified') throw new Error('Colorado and Iowa should be verified');
  expect(co.exclusion?.amounts.map((a) => a.usd)).toEqual([20_000, 24_000]);
  expect(co.exclusion?.who).toMatch(/^55 or older/);
  expect(ia.exclusion?.amounts).toEqual([]);
  expect(ia.exclusion?.who).toMatch(/^55 or older on December 31/);
});
