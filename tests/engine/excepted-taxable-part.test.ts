// The dollars a capped exception covers carry their share of basis (IRC §72(t)(1): 10% of the portion includible in
// gross income; §72(e)(8) pro rata; Form 8915-F Part II lines 8–10 subtract a disaster distribution's own cost).
import { expect, test } from 'vitest';
import { exceptedTaxablePart } from '../../src/engine/rules/excepted-taxable-part.ts';

test('covered dollars of an all-taxable payment are all taxable', () => {
  // 1,000.00 covered of 20,000.00 paid, 20,000.00 taxable → 100,000 cents.
  expect(exceptedTaxablePart(100_000, 2_000_000, 2_000_000)).toBe(100_000);
});

test('covered dollars of a partly taxable payment are taxable in the payment’s share', () => {
  // 1,000.00 covered × 300.00 taxable ÷ 5,000.00 paid = 60.00 → 6,000 cents.
  expect(exceptedTaxablePart(100_000, 30_000, 500_000)).toBe(6_000);
});

test('a cover larger than the payment counts the payment only', () => {
  // min(22,000.00, 10,000.00) × 8,000.00 ÷ 10,000.00 = 8,000.00 → 800,000 cents.
  expect(exceptedTaxablePart(2_200_000, 800_000, 1_000_000)).toBe(800_000);
});

test('rounds the share to the cent', () => {
  // 1,000.00 × 1,000.00 ÷ 3,000.00 = 333.333… → 333.33 → 33,333 cents.
  expect(exceptedTaxablePart(100_000, 100_000, 300_000)).toBe(33_333);
});
