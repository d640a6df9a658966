// Distribution periods pinned from the text of Treas. Reg. §1.401(a)(9)-9 as amended by T.D. 9930 (85 FR 72472),
// paragraphs (c) (Uniform Lifetime Table) and (d) (Joint and Last Survivor Table). Each expected value is the printed one.
import { describe, expect, test } from 'vitest';
import { jointAndLastSurvivorTable, uniformLifetimeTable } from '../../src/data/rmd-tables.ts';
import { sources } from '../../src/data/sources.ts';
import { jointAndLastSurvivorDivisor, uniformLifetimeDivisor } from '../../src/engine/rules/rmd-amount.ts';

describe('the Uniform Lifetime Table', () => {
  test.each([
    [72, 27.4], [73, 26.5], [74, 25.5], [75, 24.6], [78, 22.0], [80, 20.2], [85, 16.0], [90, 12.2], [95, 8.9], [100, 6.4], [110, 3.5], [119, 2.3], [120, 2.0],
  ])('gives %i the distribution period %d printed in §1.401(a)(9)-9(c)', (age, period) => {
    expect(uniformLifetimeDivisor(age)?.value).toBe(period);
  });
  test('is not the table in force before 2022 (24.7 at 73, 22.9 at 75)', () => {
    expect(uniformLifetimeDivisor(73)?.value).not.toBe(24.7);
    expect(uniformLifetimeDivisor(75)?.value).not.toBe(22.9);
  });
  test('has one period for each age from 72 through 120 and older, never rising', () => {
    expect(uniformLifetimeTable.periods).toHaveLength(49); // 120 − 72 + 1
    uniformLifetimeTable.periods.forEach((p, i) => { if (i) expect(p).toBeLessThan(uniformLifetimeTable.periods[i - 1]!); });
  });
  test('uses the last period for ages past 120 and nothing below 72', () => {
    expect(uniformLifetimeDivisor(125)?.value).toBe(2.0);
    expect(uniformLifetimeDivisor(71)).toBeUndefined();
  });
});

describe('the Joint and Last Survivor Table', () => {
  test.each([
    [72, 40, 46.0], [76, 64, 25.2], [80, 70, 20.2], [72, 63, 26.7], [85, 60, 27.4], [89, 79, 12.9], [90, 80, 12.2], [95, 70, 18.9], [98, 88, 7.3],
  ])('gives ages %i and %i the period %d printed in §1.401(a)(9)-9(d)', (older, younger, period) => {
    expect(jointAndLastSurvivorDivisor(older, younger)?.value).toBe(period);
  });
  test('holds nine numbers in every printed row', () => {
    for (const b of jointAndLastSurvivorTable.blocks) for (const r of b.rows) expect(r.split(' ').map(Number).filter((n) => n > 0)).toHaveLength(9);
  });
  test('decreases down each column, as a joint life expectancy must as the younger life ages', () => {
    for (const b of jointAndLastSurvivorTable.blocks)
      for (let c = 0; c < 9; c++) b.rows.forEach((r, i) => { if (i) expect(Number(r.split(' ')[c])).toBeLessThan(Number(b.rows[i - 1]!.split(' ')[c])); });
  });
  test('returns nothing for the two held cells whose printed value two transcriptions disagree on', () => {
    // §1.401(a)(9)-9(d): 86 and 74 read 16.5 here and 16.6 elsewhere; 90 and 76 read 14.7 and 14.8. Their neighbours agree.
    expect(jointAndLastSurvivorDivisor(86, 74)).toBeUndefined();
    expect(jointAndLastSurvivorDivisor(90, 76)).toBeUndefined();
    expect(jointAndLastSurvivorDivisor(86, 73)?.value).toBe(17.2);
    expect(jointAndLastSurvivorDivisor(89, 76)?.value).toBe(14.8);
  });
  test('returns nothing for a pair the site does not hold', () => {
    expect(jointAndLastSurvivorDivisor(76, 35)).toBeUndefined();
    expect(jointAndLastSurvivorDivisor(99, 60)).toBeUndefined();
    expect(jointAndLastSurvivorDivisor(80, 71)).toBeUndefined();
  });
  test('cites sources that exist in the registry', () => {
    for (const id of [...uniformLifetimeTable.sources, ...jointAndLastSurvivorTable.sources]) expect(sources).toHaveProperty(id);
  });
});
