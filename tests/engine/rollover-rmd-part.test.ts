// The rollover check in a year an RMD is due from the plan: the first dollars paid are the RMD until it is met
// (Treas. Reg. §1.402(c)-2, Q&A-7), which is not an eligible rollover distribution (IRC §402(c)(4)(B)): it is taxed,
// withheld at the changeable 10% of §3405(b) instead of the mandatory 20% of §3405(c), and cannot be made up or put
// back. Every expected value is worked by hand beside it.
import { describe, expect, test } from 'vitest';
import { evaluate, type ResultOf } from '../../src/engine/index.ts';

// Born March 15, 1948: 70½ on September 15, 2018; retired June 30, 2013; so 2018 is the first distribution year and
// 2026 an RMD year. $50,000 of pre-tax money paid to the reader on June 15, 2026, for a traditional IRA.
const RETIREE = {
  check: 'rollover', distributionDate: '2026-06-15', birthDate: '1948-03-15', amount: 50_000, otherIncome: 20_000,
  destination: 'traditional-ira', method: '60-day', separatedFromPlanEmployer: true, separationDate: '2013-06-30',
} as const;

function run(req: Record<string, unknown>) {
  const out = evaluate({ ...RETIREE, ...req });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return { result: out.result as ResultOf<'rollover'>, steps: out.explanation };
}
function refused(req: Record<string, unknown>) {
  const out = evaluate({ ...RETIREE, ...req });
  return out.ok ? [] : out.errors;
}

describe('a rollover in an RMD year', () => {
  test('withholds 10% on the RMD part and 20% on the rollable rest, and asks the make-up only on the rest', () => {
    const { result } = run({ rmdStillToTake: 10_000, redeposited: 40_000 });
    expect(result.rmdYear).toEqual({ required: true, applicableAge: '70½', firstYear: 2018, rmdPart: 10_000, rollablePart: 40_000 });
    expect(result.withholding).toBe(9_000); // 10% × 10,000 = 1,000 + 20% × 40,000 = 8,000
    expect(result.cashReceived).toBe(41_000); // 50,000 − 9,000
    expect(result.makeUpNeeded).toBe(8_000); // the 20% on the rollable 40,000 only
    expect(result.makeUpNotMade).toBe(0); // 40,000 put back − (40,000 − 8,000) cash = 8,000 made up
    expect(result.taxableAmount).toBe(10_000); // the RMD, kept
    expect(result.kept).toBe(10_000);
  });

  test('says in its explanation that the RMD part cannot be rolled over and gets the changeable 10%', () => {
    const { steps } = run({ rmdStillToTake: 10_000, redeposited: 40_000 });
    const rmd = steps.find((s) => s.rule === 'reg-1-402c-2-q7-rmd-part-not-rollable');
    expect(rmd?.text).toContain('The first $10,000 is the rest of this year’s RMD: it is not an eligible rollover distribution, cannot be rolled over or converted');
    expect(rmd?.text).toContain('Only the other $40,000 can be rolled over');
    expect(rmd?.citations.map((c) => c.id)).toEqual(['reg-1-402c-2-q7', 'irc-402-c-4', 'irc-3405-b']);
    const withheld = steps.find((s) => s.rule === 'irc-3405-c-mandatory-withholding');
    expect(withheld?.text).toContain('10% of the taxable $10,000 in the RMD part is withheld ($1,000; the default, which you may change on Form W-4R) and 20% of the taxable $40,000 in the rollable part ($8,000, mandatory): $9,000 in all');
    expect(withheld?.text).toContain('To roll over the whole $40,000 you must add $8,000 of your own money by August 14, 2026');
  });

  // Redeposit triplet around the rollable part, $40,000.
  test('takes a redeposit one cent under the rollable part and taxes the cent kept', () => {
    const { result } = run({ rmdStillToTake: 10_000, redeposited: 39_999.99 });
    expect(result.taxableAmount).toBe(10_000.01); // 50,000 − 39,999.99
    expect(result.makeUpNotMade).toBe(0.01); // 8,000 − (39,999.99 − 32,000)
  });
  test('takes a redeposit of exactly the rollable part', () => {
    expect(run({ rmdStillToTake: 10_000, redeposited: 40_000 }).result.taxableAmount).toBe(10_000);
  });
  test('refuses a redeposit one cent over the rollable part', () => {
    expect(refused({ rmdStillToTake: 10_000, redeposited: 40_000.01 })).toEqual([
      { field: 'redeposited', message: 'Only the part above this year’s RMD ($40,000) can be rolled over; the first $10,000 is the RMD, and putting it into an IRA makes an excess contribution.' },
    ]);
  });

  test('withholds 10%, not 20%, when the RMD still to take covers the whole payment', () => {
    const { result } = run({ rmdStillToTake: 50_000 });
    expect(result.withholding).toBe(5_000); // 10% × 50,000
    expect(result.makeUpNeeded).toBe(0);
    expect(result.taxableAmount).toBe(50_000);
  });

  test('treats all of the payment as rollable once the RMD is taken', () => {
    const { result } = run({ rmdStillToTake: 0, redeposited: 50_000 });
    expect(result.withholding).toBe(10_000); // 20% × 50,000
    expect(result.makeUpNeeded).toBe(10_000);
    expect(result.taxableAmount).toBe(0);
  });

  test('refuses a direct rollover whose first part is the RMD, naming the rollable rest', () => {
    const [e] = refused({ method: 'direct', rmdStillToTake: 10_000 });
    expect(e?.field).toBe('method');
    expect(e?.message).toContain('The first $10,000 of the payment is this year’s RMD, which cannot be rolled over');
    expect(e?.message).toContain('the direct rollover of the other $40,000');
  });

  test('asks for the RMD still to take in an RMD year, and not in a year before it', () => {
    expect(refused({ redeposited: 50_000 }).map((e) => e.field)).toEqual(['rmdStillToTake']);
    // Born January 1, 1954: 73 in 2027 (IRC §401(a)(9)(C)(v)), so 2026 needs nothing and 20% × 50,000 = 10,000.
    const { result } = run({ birthDate: '1954-01-01', redeposited: 50_000 });
    expect(result.rmdYear.required).toBe(false);
    expect(result.withholding).toBe(10_000);
  });
});
