// A loan offset in a year an RMD is due: the offset is an actual distribution that counts toward the RMD (Treas. Reg.
// §1.401(a)(9)-5), its first dollars are the RMD until it is met (Treas. Reg. §1.402(c)-2, Q&A-7), and that part is
// not an eligible rollover distribution (IRC §402(c)(4)(B)). Expected values are worked by hand beside them.
import { describe, expect, test } from 'vitest';
import { evaluate, type ResultOf } from '../../src/engine/index.ts';

// Born March 15, 1948 (70½ in 2018); left the employer May 29, 2026, so 2026 is the first distribution year; the
// plan offsets the unpaid $10,000 loan on June 30, 2026.
const LEAVING = {
  check: 'loan', loanDate: '2025-01-10', vestedBalance: 80_000, requestedAmount: 10_000, birthDate: '1948-03-15',
  leaving: 'leaving-job', separationDate: '2026-05-29', offsetDate: '2026-06-30', otherIncome: 20_000,
} as const;

describe('a loan offset in an RMD year', () => {
  test('leaves only the part above the RMD rollable', () => {
    const out = evaluate({ ...LEAVING, rmdStillToTake: 4_000, offsetRolledOver: 6_000 });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    const offset = (out.result as ResultOf<'loan'>).offset!;
    expect(offset.rmdYear).toEqual({ required: true, applicableAge: '70½', firstYear: 2026, rmdPart: 4_000, rollablePart: 6_000 }); // 10,000 − 4,000
    expect(offset.cost?.asEntered.taxableAmount).toBe(4_000); // 10,000 − 6,000 rolled
    expect(out.explanation.find((s) => s.rule === 'reg-1-402c-2-q7-rmd-part-not-rollable')?.text).toContain('its first $4,000 is RMD, not an eligible rollover distribution, and cannot be rolled over; only the other $6,000 can.');
  });

  test('refuses rolling over one cent of the RMD part', () => {
    const out = evaluate({ ...LEAVING, rmdStillToTake: 4_000, offsetRolledOver: 6_000.01 });
    expect(out.ok ? [] : out.errors).toEqual([{ field: 'offsetRolledOver', message: 'Only the part of the offset above this year’s RMD ($6,000) can be rolled over; the first $4,000 is the RMD.' }]);
  });

  test('asks for the RMD still to take when the offset year is an RMD year', () => {
    const out = evaluate(LEAVING);
    expect(out.ok ? [] : out.errors.map((e) => e.field)).toEqual(['rmdStillToTake']);
  });
});
