// The tax-free part of a payment from a traditional 401(k) with after-tax contributions: pro rata (§72(e)(8)(B)),
// within a separate contract (§72(d)(2)), or pre-1987 basis first (§72(e)(8)(D)). Amounts in cents, worked by hand.
import { expect, test } from 'vitest';
import { afterTaxFreePart } from '../../src/engine/rules/after-tax-recovery.ts';
import { usd } from '../../src/engine/core/money.ts';

const c = (dollars: number) => dollars * 100;

test('pro rata over the whole account: $10,000 from $200,000 with $20,000 of basis is $1,000 tax-free', () => {
  // 10,000 × 20,000 ÷ 200,000 = 1,000.
  expect(afterTaxFreePart('pro-rata', c(10_000), c(20_000), c(200_000), undefined, 0, usd).free).toBe(c(1_000));
});

test('a separate contract splits within the subaccount: $10,000 from a $25,000 subaccount with $20,000 of basis is $8,000 tax-free', () => {
  // 10,000 × 20,000 ÷ 25,000 = 8,000.
  const r = afterTaxFreePart('separate-contract', c(10_000), c(20_000), c(200_000), c(25_000), 0, usd);
  expect(r.free).toBe(c(8_000));
  expect(r.rule).toBe('irc-72d2-separate-contract');
});

test('pre-1987 basis comes out first, then the rest is pro rata with the later basis', () => {
  // 15,000 paid; 6,000 pre-1987 first; 9,000 × (20,000 − 6,000) ÷ (200,000 − 6,000) = 9,000 × 14,000 ÷ 194,000
  // = 649.48 (649.484…); total 6,649.48.
  expect(afterTaxFreePart('pre-1987-first', c(15_000), c(20_000), c(200_000), undefined, c(6_000), usd).free).toBe(664_948);
});

test('a payment no larger than the pre-1987 basis is all tax-free', () => {
  expect(afterTaxFreePart('pre-1987-first', c(5_000), c(20_000), c(200_000), undefined, c(6_000), usd).free).toBe(c(5_000));
});
