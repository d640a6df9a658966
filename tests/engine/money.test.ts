// The engine's one money module: integer cents, one rounding rule (half away from zero), one formatter. Expected
// strings are typed by hand; −0 must never print as "-$0" or "−$0".
import { describe, expect, test } from 'vitest';
import { clampZero, percentOf, roundCents, roundToDollar, toCents, toDollars, usd } from '../../src/engine/core/money.ts';

describe('usd', () => {
  test('prints zero and negative zero as $0', () => {
    expect(usd(0)).toBe('$0');
    expect(usd(-0)).toBe('$0');
    expect(usd(roundCents(-0.4))).toBe('$0'); // −0.4 cents rounds to −0, which is 0
  });
  test('prints whole dollars without cents and other amounts with two decimals', () => {
    expect(usd(100)).toBe('$1');
    expect(usd(1)).toBe('$0.01');
    expect(usd(10)).toBe('$0.10');
    expect(usd(123_456)).toBe('$1,234.56');
  });
  test('groups thousands below, at and above each boundary', () => {
    expect(usd(99_900)).toBe('$999');
    expect(usd(100_000)).toBe('$1,000');
    expect(usd(100_100)).toBe('$1,001');
    expect(usd(100_000_000)).toBe('$1,000,000');
    expect(usd(100_005_000)).toBe('$1,000,050');
  });
  test('prints a negative amount with a minus sign before the dollar sign', () => {
    expect(usd(-1)).toBe('−$0.01');
    expect(usd(-2_531_400)).toBe('−$25,314');
  });
});

describe('rounding', () => {
  test('rounds to the whole dollar below, at and above half a dollar, as Form 1040 does', () => {
    expect(roundToDollar(830_849)).toBe(830_800); // $8,308.49 → $8,308
    expect(roundToDollar(830_850)).toBe(830_900); // $8,308.50 → $8,309
    expect(roundToDollar(830_851)).toBe(830_900); // $8,308.51 → $8,309
    expect(roundToDollar(25)).toBe(0); // $0.25 → $0 (the Tax Table's first row)
    expect(Object.is(roundToDollar(-25), -0)).toBe(false);
  });
  test('rounds half a cent away from zero, once', () => {
    expect(roundCents(0.5)).toBe(1);
    expect(roundCents(0.49)).toBe(0);
    expect(roundCents(1.5)).toBe(2);
    expect(roundCents(2.5)).toBe(3); // not banker's rounding
    expect(roundCents(-0.5)).toBe(-1);
    expect(Object.is(roundCents(-0.4), 0)).toBe(true);
  });
  test('takes a percentage of cents with one rounding', () => {
    expect(percentOf(2_000_000, 10)).toBe(200_000); // 10% of $20,000 = $2,000
    expect(percentOf(5, 10)).toBe(1); // 10% of 5 cents = 0.5 cent → 1 cent
    expect(percentOf(4, 10)).toBe(0); // 0.4 cent → 0
    expect(percentOf(1_000_000, 7.5)).toBe(75_000); // 7.5% of $10,000 = $750
  });
  test('converts dollars to cents and back without drift', () => {
    expect(toCents(0.1 + 0.2)).toBe(30);
    expect(toCents(1234.56)).toBe(123_456);
    expect(toDollars(123_456)).toBe(1234.56);
    expect(toCents(toDollars(1))).toBe(1);
  });
  test('clamps below zero to zero and leaves positives', () => {
    expect(clampZero(-1)).toBe(0);
    expect(clampZero(0)).toBe(0);
    expect(clampZero(1)).toBe(1);
  });
});
