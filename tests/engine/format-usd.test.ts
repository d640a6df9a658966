// The one formatter of dollar amounts for readers (`formatUsd`, from the engine's money module): whole dollars to the
// nearest with halves away from zero, whole dollars rounded down, to the cent, or as typed. Expected strings are typed
// by hand; a rounded zero never prints as "−$0".
import { describe, expect, test } from 'vitest';
import { formatUsd } from '../../src/engine/index.ts';

describe('formatUsd', () => {
  test('prints zero, negative zero and amounts that round to zero as $0', () => {
    expect(formatUsd(0)).toBe('$0');
    expect(formatUsd(-0)).toBe('$0');
    expect(formatUsd(-0.4)).toBe('$0'); // −0.4 → −0 → 0
    expect(formatUsd(-0, { cents: true })).toBe('$0.00');
    expect(formatUsd(-0.004, { cents: true })).toBe('$0.00'); // −0.4 cent → 0
  });
  // Half-dollar triplet for whole dollars: 1,234.49 → 1,234; 1,234.50 → 1,235 (away from zero); 1,234.51 → 1,235.
  test('rounds to the nearest dollar, halves away from zero', () => {
    expect(formatUsd(1234.49)).toBe('$1,234');
    expect(formatUsd(1234.5)).toBe('$1,235');
    expect(formatUsd(1234.51)).toBe('$1,235');
    expect(formatUsd(-1234.5)).toBe('−$1,235');
  });
  test('rounds down for a most-you-may amount', () => {
    expect(formatUsd(18587.99, { round: 'down' })).toBe('$18,587');
    expect(formatUsd(18587, { round: 'down' })).toBe('$18,587');
  });
  // Half-cent triplet: 0.004 → 0.00; 0.005 → 0.01 (away from zero); 0.006 → 0.01.
  test('prints to the cent, half cents away from zero', () => {
    expect(formatUsd(0.004, { cents: true })).toBe('$0.00');
    expect(formatUsd(0.005, { cents: true })).toBe('$0.01');
    expect(formatUsd(0.006, { cents: true })).toBe('$0.01');
    expect(formatUsd(-0.005, { cents: true })).toBe('−$0.01');
    expect(formatUsd(50000, { cents: true })).toBe('$50,000.00');
    expect(formatUsd(13636.36, { cents: true })).toBe('$13,636.36');
    expect(formatUsd(1234567.8, { cents: true })).toBe('$1,234,567.80');
  });
  test('prints as typed: whole amounts without cents, others with two decimals', () => {
    expect(formatUsd(20000, { cents: 'if-any' })).toBe('$20,000');
    expect(formatUsd(12.5, { cents: 'if-any' })).toBe('$12.50');
    expect(formatUsd(999.99, { cents: 'if-any' })).toBe('$999.99');
  });
  test('groups thousands below, at and above the boundary', () => {
    expect(formatUsd(999)).toBe('$999');
    expect(formatUsd(1000)).toBe('$1,000');
    expect(formatUsd(1001)).toBe('$1,001');
  });
});
