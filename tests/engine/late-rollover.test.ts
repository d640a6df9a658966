// A 60-day rollover not finished in time: the rollover check says the reader may still qualify — self-certification
// under Rev. Proc. 2020-46 (which supersedes Rev. Proc. 2016-47), the automatic waiver of Rev. Proc. 2003-16 §3.03, or a
// private letter ruling under IRC §402(c)(3)(B) — and keeps taxing the part not put back.
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';

const PAID = { check: 'rollover', distributionDate: '2026-03-02', birthDate: '1981-05-20', amount: 50_000, otherIncome: 80_000, destination: 'traditional-ira', method: '60-day' };

function run(overrides: Record<string, unknown>) {
  const out = evaluate({ ...PAID, ...overrides });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return { result: out.result as { taxableAmount: number }, step: out.explanation.find((s) => s.rule === 'rev-proc-2020-46-late-rollover') };
}

describe('a 60-day rollover that misses part of the amount', () => {
  test('names the self-certification and the automatic waiver with their conditions for the $10,000 not put back', () => {
    // 50,000 paid, 40,000 put back → 10,000 not rolled over, taxed as kept.
    const { result, step } = run({ redeposited: 40_000 });
    expect(result.taxableAmount).toBe(10_000);
    expect(step?.text).toContain('$10,000 not rolled over');
    expect(step?.text).toContain('self-certification');
    expect(step?.text).toContain('within 30 days');
    expect(step?.text).toContain('within 1 year from the start of the 60 days');
    expect(step?.text).toContain('has not already denied a waiver');
    expect(step?.citations.map((s) => s.id)).toEqual(expect.arrayContaining(['rev-proc-2020-46', 'rev-proc-2003-16', 'irc-402-c-3']));
  });
  test('says nothing of late rollovers when the whole amount went back in time', () => {
    expect(run({ redeposited: 50_000 }).step).toBeUndefined();
  });
  test('says nothing of late rollovers for a direct rollover', () => {
    expect(run({ method: 'direct' }).step).toBeUndefined();
  });
});

describe('an early withdrawal partly put back within 60 days', () => {
  const EW = { check: 'early-withdrawal', distributionDate: '2026-06-15', birthDate: '1980-03-10', amount: 20_000, vestedBalance: 80_000, otherIncome: 60_000 };
  const step = (extra: Record<string, unknown>) => {
    const out = evaluate({ ...EW, ...extra });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    return out.explanation.find((s) => s.rule === 'rev-proc-2020-46-late-rollover');
  };
  test('names the late-rollover relief for the $5,000 of the $20,000 not put back', () => {
    // 20,000 paid, 15,000 put back → 5,000 not rolled over.
    expect(step({ rolledOverWithin60Days: 15_000 })?.text).toContain('$5,000 not rolled over');
  });
  test('says nothing of it when nothing was put back, or all of it', () => {
    expect(step({})).toBeUndefined();
    expect(step({ rolledOverWithin60Days: 20_000 })).toBeUndefined();
  });
});
