// Dated parameters (src/data/dated.ts): the one place a date is compared with an effective date. Boundary triplets on
// the first day, the last day and the turn of a year; the statutory dates are SECURE 2.0 Act §§308, 326, 329, 330
// ("distributions made after" December 29, 2022) and §334(d) (after December 29, 2025).
import { describe, expect, test } from 'vitest';
import { changesOn, inForceDuring, inForceFromYear, inForceOn, valueOn, type Dated } from '../../src/data/dated.ts';
import { rules } from '../../src/data/rules.ts';
import type { TaxException } from '../../src/data/schema.ts';
import { judgeException, exceptionById, type ExceptionFacts } from '../../src/engine/rules/exceptions.ts';

describe('inForceOn', () => {
  const rule = { effectiveFrom: '2022-12-30', until: '2025-12-31' };
  test.each([
    ['2022-12-29', false], // the day before the first day
    ['2022-12-30', true], // the first day
    ['2022-12-31', true],
    ['2025-12-30', true],
    ['2025-12-31', true], // the last day
    ['2026-01-01', false], // the day after the last day
  ])('a rule in force from December 30, 2022 through December 31, 2025 is in force on %s: %s', (date, expected) => {
    expect(inForceOn(rule, date)).toBe(expected);
  });
  test('a rule without dates is always in force', () => {
    expect(inForceOn({ effectiveFrom: null }, '1900-01-01')).toBe(true);
    expect(inForceOn({}, '2200-12-31')).toBe(true);
  });
});

describe('inForceDuring', () => {
  test.each([
    [2024, false], // it starts after the year ends
    [2025, true], // it starts on the year's last day
    [2026, true],
  ])('a rule from December 31, 2025 is in force during %i: %s', (year, expected) => {
    expect(inForceDuring({ effectiveFrom: '2025-12-31' }, year)).toBe(expected);
  });
  test.each([
    [2025, true],
    [2026, true], // it ends on the year's first day
    [2027, false], // it ended before the year began
  ])('a rule that ends on January 1, 2026 is in force during %i: %s', (year, expected) => {
    expect(inForceDuring({ until: '2026-01-01' }, year)).toBe(expected);
  });
});

describe('valueOn', () => {
  const values: Dated<number> = [
    { from: null, value: 1 },
    { from: '2024-01-01', value: 2 },
    { from: '2026-01-01', until: '2026-06-30', value: 3 },
  ];
  test.each([
    ['2023-12-31', 1],
    ['2024-01-01', 2],
    ['2025-12-31', 2],
    ['2026-01-01', 3],
    ['2026-06-30', 3],
    ['2026-07-01', undefined], // the rule ended
  ] as const)('on %s the parameter is %s', (date, expected) => {
    expect(valueOn(values, date)).toBe(expected);
  });
  test('a parameter with no value before its first date has none then', () => {
    expect(valueOn([{ from: '2024-01-01', value: 5 }], '2023-12-31')).toBeUndefined();
  });
  test('the day a parameter changes is its second value’s first day', () => {
    expect(changesOn(values)).toBe('2024-01-01');
    expect(changesOn(rules.parameters['public-safety-roles'].values)).toBe('2022-12-30');
  });
});

describe('the public safety kinds by distribution date (IRC §72(t)(10)(B); SECURE 2.0 Act §§308, 330)', () => {
  const roles = rules.parameters['public-safety-roles'].values;
  test.each([
    ['2022-12-29', ['state-local-police-fire-ems', 'federal']],
    ['2022-12-30', ['state-local-police-fire-ems', 'federal', 'state-local-corrections', 'private-sector-firefighter']],
    ['2026-06-15', ['state-local-police-fire-ems', 'federal', 'state-local-corrections', 'private-sector-firefighter']],
  ])('on %s the kinds are %j', (date, expected) => {
    expect(valueOn(roles, date)).toEqual(expected);
  });
  test('the exceptions table’s widening date is the day the kinds change', () => {
    expect(exceptionById('public-safety')!.expanded!.from).toBe('2022-12-30');
  });
});

describe('the catalog gate reads the entry’s dates', () => {
  const facts: ExceptionFacts = {
    year: 2026, plan: '401k', distributionDate: '2026-06-15', birthDate: '1980-03-10', claims: new Set(['death']),
    separatedFromPlanEmployer: false, publicSafetyEmployee: false,
  };
  const death = exceptionById('death')!;
  test.each([
    ['2026-06-16', 'applies'],
    ['2026-06-15', 'applies'], // its last day is the distribution's
    ['2026-06-14', 'does-not-apply'], // it ended the day before
  ] as const)('an exception whose last day is %s: a distribution on June 15, 2026 %s', (until, status) => {
    const ended: TaxException = { ...death, until };
    expect(judgeException(ended, facts).status).toBe(status);
  });
  test('after its end the reason names the last day it covered', () => {
    expect(judgeException({ ...death, until: '2026-06-14' }, facts).reason).toBe('Death covers only distributions on or before June 14, 2026.');
  });
  test.each([
    ['2026-06-16', 'does-not-apply'], // starts the day after
    ['2026-06-15', 'applies'], // starts that day
  ] as const)('an exception that starts on %s: a distribution on June 15, 2026 %s', (effectiveFrom, status) => {
    expect(judgeException({ ...death, effectiveFrom }, facts).status).toBe(status);
  });
});

describe('a rule that starts with a taxable year', () => {
  // E.g. §402A(d)(5) as amended by SECURE 2.0 §325: no lifetime RMD from a Roth 401(k) for years from 2024.
  test.each([
    [2023, false], // the year before
    [2024, true], // its first year
    [2025, true], // after
  ])('a rule first in force for 2024 applies to %i: %s', (year, applies) => {
    expect(inForceFromYear(2024, year)).toBe(applies);
  });
});
