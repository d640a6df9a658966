// Contradictory facts are refused with a field-level error on the later field, never answered. Each case is a
// reader's request whose facts cannot all be true; the boundary cases beside them are accepted.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';

const withdrawal = { check: 'early-withdrawal', distributionDate: '2026-06-15', birthDate: '1980-03-10', amount: 20000, vestedBalance: 80000, otherIncome: 60000 };
const roth = { ...withdrawal, check: 'roth-distribution', amount: 5000, vestedBalance: 10000, rothBasis: 9400, rothFirstContributionYear: 2015 };

function fieldsOf(request: Record<string, unknown>): string[] {
  const out = evaluate(request);
  return out.ok ? [] : out.errors.map((e) => e.field);
}
function messageOf(request: Record<string, unknown>, field: string): string {
  const out = evaluate(request);
  return out.ok ? '' : (out.errors.find((e) => e.field === field)?.message ?? '');
}

describe('contradictory facts', () => {
  test('a separation date before the birth date is refused on separationDate', () => {
    expect(fieldsOf({ ...withdrawal, separatedFromPlanEmployer: true, separationDate: '1968-05-01' })).toContain('separationDate');
    expect(fieldsOf({ check: 'exceptions', distributionDate: '2026-06-15', birthDate: '1971-09-01', separatedFromPlanEmployer: true, separationDate: '1968-05-01' })).toEqual(['separationDate']);
  });

  test('periodic payments that begin after the distribution or before birth are refused on seppStartDate', () => {
    const sepp = { ...withdrawal, claims: ['sepp'], separatedFromPlanEmployer: true, separationDate: '2024-01-31' };
    expect(fieldsOf({ ...sepp, seppStartDate: '2026-06-16' })).toContain('seppStartDate');
    expect(fieldsOf({ ...sepp, seppStartDate: '1979-01-01' })).toContain('seppStartDate');
    expect(fieldsOf({ ...sepp, seppStartDate: '2026-06-15' })).toEqual([]);
  });

  test('a birth date after the tax year is refused on birthDate and spouseBirthDate', () => {
    const tax = { check: 'federal-tax', taxYear: 2026, filingStatus: 'married-filing-jointly', income: 90000 };
    expect(fieldsOf({ ...tax, birthDate: '2027-01-01' })).toEqual(['birthDate']);
    expect(fieldsOf({ ...tax, spouseBirthDate: '2027-01-01' })).toEqual(['spouseBirthDate']);
    expect(fieldsOf({ ...tax, birthDate: '2026-12-31' })).toEqual([]);
  });

  test('a first Roth contribution year before 2006 is refused, citing §402A; 2006 is accepted', () => {
    // IRC §402A applies to taxable years beginning after December 31, 2005: 2005 below, 2006 at, 2007 above.
    expect(fieldsOf({ ...roth, rothFirstContributionYear: 2005 })).toEqual(['rothFirstContributionYear']);
    expect(messageOf({ ...roth, rothFirstContributionYear: 2005 }, 'rothFirstContributionYear')).toContain('§402A');
    expect(fieldsOf({ ...roth, rothFirstContributionYear: 2006 })).toEqual([]);
    expect(fieldsOf({ ...roth, rothFirstContributionYear: 2007 })).toEqual([]);
    expect(fieldsOf({ ...roth, rothRolledInFirstYear: 2005 })).toEqual(['rothRolledInFirstYear']);
  });

  test('a first Roth contribution year before the birth year is refused', () => {
    expect(fieldsOf({ ...roth, birthDate: '2008-03-10', rothFirstContributionYear: 2007 })).toEqual(['rothFirstContributionYear']);
    expect(fieldsOf({ ...roth, birthDate: '2008-03-10', rothFirstContributionYear: 2008 })).toEqual([]);
  });

  test('a birth or adoption dated before the participant’s own birth is refused on birthAdoptionDate', () => {
    const ba = { ...withdrawal, claims: ['birth-adoption'], birthAdoptionChildren: 1 };
    expect(fieldsOf({ ...ba, birthAdoptionDate: '1980-03-09' })).toContain('birthAdoptionDate');
    expect(fieldsOf({ ...ba, birthAdoptionDate: '1980-03-10' })).toContain('birthAdoptionDate');
    expect(fieldsOf({ ...ba, birthAdoptionDate: '2026-01-10' })).toEqual([]);
  });

  test('a loan default dated before the loan is refused on defaultDate', () => {
    const loan = { check: 'loan', loanDate: '2026-06-15', vestedBalance: 80000, requestedAmount: 20000, birthDate: '1980-03-10', otherIncome: 60000 };
    expect(fieldsOf({ ...loan, defaultDate: '2026-06-14' })).toContain('defaultDate');
    expect(fieldsOf({ ...loan, defaultDate: '2026-06-15' })).toEqual([]);
  });

  test('a state tax rate above 20% is refused with a message; 20% is accepted', () => {
    expect(fieldsOf({ ...withdrawal, stateTaxRate: 100 })).toEqual(['stateTaxRate']);
    expect(messageOf({ ...withdrawal, stateTaxRate: 100 }, 'stateTaxRate')).toMatch(/no state and local income tax rate is above 20%/);
    expect(fieldsOf({ ...withdrawal, stateTaxRate: 20.01 })).toEqual(['stateTaxRate']);
    expect(fieldsOf({ ...withdrawal, stateTaxRate: 20 })).toEqual([]);
    expect(fieldsOf({ ...withdrawal, stateTaxRate: 19.99 })).toEqual([]);
  });
});

describe('contradictions as properties', () => {
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const dateIn = (from: string, to: string) => fc.date({ min: new Date(`${from}T00:00:00Z`), max: new Date(`${to}T00:00:00Z`), noInvalidDate: true }).map(iso);

  test('any separation date on or before the birth date is refused on separationDate', () => {
    fc.assert(
      fc.property(dateIn('1940-01-01', '2000-12-31'), fc.integer({ min: 0, max: 20_000 }), (birthDate, daysBefore) => {
        const sep = iso(new Date(Date.parse(`${birthDate}T00:00:00Z`) - daysBefore * 86_400_000));
        if (sep < '1900-01-01') return;
        expect(fieldsOf({ ...withdrawal, birthDate, separatedFromPlanEmployer: true, separationDate: sep })).toContain('separationDate');
      }),
      { numRuns: 200 },
    );
  });

  test('any first Roth year before 2006 or before the birth year is refused, and never throws', () => {
    fc.assert(
      fc.property(dateIn('1940-01-01', '2005-12-31'), fc.integer({ min: 1980, max: 2026 }), (birthDate, first) => {
        const bad = first < 2006 || first < Number(birthDate.slice(0, 4));
        const fields = fieldsOf({ ...roth, birthDate, rothFirstContributionYear: first });
        expect(fields.includes('rothFirstContributionYear')).toBe(bad);
      }),
      { numRuns: 200 },
    );
  });

  test('any state rate above 20% is refused on stateTaxRate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2001, max: 10_000 }).map((x) => x / 100), (rate) => {
        expect(fieldsOf({ ...withdrawal, stateTaxRate: rate })).toEqual(['stateTaxRate']);
      }),
      { numRuns: 100 },
    );
  });
});

describe('a separate return whose spouse both files no return and itemizes', () => {
  // IRC §151(b), §63(f): the spouse's amounts need a spouse with no gross income (the form: "files no return");
  // §63(c)(6)(A): a zero standard deduction needs a spouse who itemizes on a separate return. Both cannot hold.
  const both = { filingStatus: 'married-filing-separately', spouseNoGrossIncome: true, spouseItemizes: true };
  const requests: [string, Record<string, unknown>][] = [
    ['early-withdrawal', withdrawal],
    ['rollover', { check: 'rollover', distributionDate: '2026-03-02', birthDate: '1981-05-20', amount: 50000, destination: 'roth-ira', otherIncome: 80000 }],
    ['loan, leaving', { check: 'loan', loanDate: '2026-06-15', vestedBalance: 80000, outstandingBalance: 18000, highestBalanceLast12Months: 27000, birthDate: '1980-03-10', otherIncome: 60000, leaving: 'leaving-job', separationDate: '2026-09-30' }],
    ['federal-tax', { check: 'federal-tax', taxYear: 2026, income: 60000 }],
  ];
  test.each(requests)('the %s check refuses it on spouseItemizes', (_, request) => {
    expect(fieldsOf({ ...request, ...both })).toEqual(['spouseItemizes']);
    expect(messageOf({ ...request, ...both }, 'spouseItemizes')).toBe('A spouse with no gross income who files no return cannot itemize deductions: tick only the one that is true.');
  });
  test.each(requests)('the %s check accepts either one alone, and both on a return that is not separate', (_, request) => {
    expect(fieldsOf({ ...request, ...both, spouseItemizes: false })).toEqual([]);
    expect(fieldsOf({ ...request, ...both, spouseNoGrossIncome: false })).toEqual([]);
    expect(fieldsOf({ ...request, ...both, filingStatus: 'married-filing-jointly' })).toEqual([]);
  });
});
