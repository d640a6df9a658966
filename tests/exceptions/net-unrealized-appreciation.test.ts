// Net unrealized appreciation on employer stock in a lump-sum distribution (IRC §402(e)(4); Pub. 575), worked by hand.
import { expect, test } from 'vitest';
import { netUnrealizedAppreciation } from '../../src/engine/rules/net-unrealized-appreciation.ts';

const base = { year: 2026, basis: 38_500_00, valueAtDistribution: 146_300_00, salePrice: 163_900_00, additionalTaxApplies: true };

test('at 52 only the cost basis is income now; the appreciation waits for the sale', () => {
  // Basis 38,500 ordinary income, 10% = 3,850. NUA 146,300 − 38,500 = 107,800 long-term whenever sold.
  // Sold 8 months later at 163,900: 17,600 of later growth is short-term.
  const r = netUnrealizedAppreciation({ ...base, heldMoreThanOneYear: false });
  expect(r.ordinaryIncomeAtDistribution).toBe(38_500_00);
  expect(r.additionalTaxAtDistribution).toBe(3_850_00);
  expect(r.netUnrealizedAppreciation).toBe(107_800_00);
  expect(r.longTermGainOnSale).toBe(107_800_00);
  expect(r.shortTermGainOnSale).toBe(17_600_00);
  // Rolled over and withdrawn at the same price: 163,900 ordinary income, 10% = 16,390.
  expect(r.ordinaryIncomeIfRolledOver).toBe(163_900_00);
  expect(r.additionalTaxIfRolledOver).toBe(16_390_00);
});
test('held more than a year, the later growth is long-term too', () => {
  const r = netUnrealizedAppreciation({ ...base, heldMoreThanOneYear: true });
  expect([r.longTermGainOnSale, r.shortTermGainOnSale]).toEqual([125_400_00, 0]); // 107,800 + 17,600
});
test('a sale below the value at distribution reduces the appreciation gain', () => {
  // Sold at 120,000: 146,300 − 120,000 = 26,300 less; 107,800 − 26,300 = 81,500 long-term.
  const r = netUnrealizedAppreciation({ ...base, salePrice: 120_000_00, heldMoreThanOneYear: false });
  expect([r.longTermGainOnSale, r.shortTermGainOnSale]).toEqual([81_500_00, 0]);
});
test('with an exception such as the rule of 55, the basis owes no additional tax', () => {
  expect(netUnrealizedAppreciation({ ...base, heldMoreThanOneYear: true, additionalTaxApplies: false }).additionalTaxAtDistribution).toBe(0);
});
