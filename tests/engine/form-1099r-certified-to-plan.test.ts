// Box 7 of Form 1099-R for the exceptions a plan pays on the participant's certification to it (emergency personal
// expense, domestic abuse victim, terminal illness; IRC §72(t)(2)(I), (K), (L); Notice 2024-55). Instructions for
// Forms 1099-R and 5498, Table 1: code 1 only when the payer does "not know if any of the exceptions under Code 2, 3,
// or 4 apply" (its list of exceptions kept on code 1 even when known ends at §72(t)(2)(H)); code 2 for "any other
// distribution subject to an exception under section 72(q), (t), (u), or (v) that is not required to be reported
// using Code 1, 3, or 4". If the form shows code 1 anyway, the exception is claimed on Form 5329, Part I, line 2.
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';

// Born 1980-03-10, paid 2026-06-15: age 46, before 59½ (2039-09-10).
const BASE = { check: 'early-withdrawal', distributionDate: '2026-06-15', birthDate: '1980-03-10', vestedBalance: 20_000, otherIncome: 60_000 };
type Out = { form1099RCode: string; additionalTax: number; form5329: { needed: boolean; exceptionNumber: { number: string } | null; note: string } };
function run(extra: Record<string, unknown>): Out {
  const out = evaluate({ ...BASE, ...extra });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out.result as Out;
}

describe('exceptions a plan pays on a certification to it', () => {
  test('a $1,000 emergency personal expense distribution the exception covers in full is code 2, and Form 5329 is for a code 1 form only', () => {
    // Cover = lesser of $1,000 or $20,000 − $1,000 = $1,000 = the whole distribution → nothing subject → code 2.
    const r = run({ amount: 1_000, claims: ['emergency'] });
    expect(r.form1099RCode).toBe('2');
    expect(r.additionalTax).toBe(0);
    expect(r.form5329.needed).toBe(false);
    expect(r.form5329.note).toContain('A plan that paid this as an emergency personal expense distribution knows of the exception and reports code 2');
    expect(r.form5329.note).toContain('If your Form 1099-R shows code 1 instead');
    expect(r.form5329.note).toContain('on line 2 with exception number 23.');
  });
  test('a $1,001 emergency distribution, $1 above the cap, stays code 1 and is claimed on Form 5329 with number 23', () => {
    // Cover $1,000 of $1,001 → $1 subject; 10% × $1 = $0.10 additional tax.
    const r = run({ amount: 1_001, claims: ['emergency'] });
    expect(r.form1099RCode).toBe('1');
    expect(r.additionalTax).toBe(0.1);
    expect(r.form5329.needed).toBe(true);
    expect(r.form5329.exceptionNumber?.number).toBe('23');
    expect(r.form5329.note).not.toContain('knows of the exception');
  });
  test('a $999 emergency distribution, below the cap, is code 2', () => {
    // Cover = lesser of $1,000 or $19,000 = $1,000 ≥ $999 → nothing subject.
    expect(run({ amount: 999, claims: ['emergency'] }).form1099RCode).toBe('2');
  });
  test('a terminal illness distribution, which has no cap, is code 2 and names the unconfirmed number 20 for a code 1 form', () => {
    const r = run({ amount: 5_000, claims: ['terminal-illness'], terminalIllnessCertified: true });
    expect(r.form1099RCode).toBe('2');
    expect(r.form5329.needed).toBe(false);
    expect(r.form5329.note).toContain('a terminal illness distribution knows of the exception and reports code 2');
    expect(r.form5329.note).toContain('exception number 20 (unconfirmed');
  });
  test('a Roth emergency distribution is B2, and the note names B1 for the form that shows the code without the exception', () => {
    // Designated Roth account, nonqualified (before 59½): B with the numeric code (Table 1: B goes with 1, 2, 4, 7…).
    const r = run({ amount: 1_000, claims: ['emergency'], accountType: 'roth', rothBasis: 0, rothFirstContributionYear: 2020 });
    expect(r.form1099RCode).toBe('B2');
    expect(r.form5329.note).toContain('If your Form 1099-R shows code B1 instead');
  });
  test('a birth or adoption distribution, which the instructions keep on code 1, is code 1 with Form 5329', () => {
    const r = run({ amount: 1_000, claims: ['birth-adoption'], birthAdoptionChildren: 1, birthAdoptionDate: '2026-03-01' });
    expect(r.form1099RCode).toBe('1');
    expect(r.form5329.needed).toBe(true);
    expect(r.form5329.note).not.toContain('knows of the exception');
  });
});

describe('a hardship distribution', () => {
  const HARDSHIP = { check: 'hardship', reason: 'medical', distributionDate: '2026-06-15', birthDate: '1980-03-10', vestedBalance: 80_000, otherIncome: 60_000 };
  function hardship(extra: Record<string, unknown>): Out {
    const out = evaluate({ ...HARDSHIP, ...extra });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    return out.result as Out;
  }
  test('is paid under the hardship terms, so an emergency exception covering it stays code 1 and is claimed on Form 5329', () => {
    // $700 needed → a gross amount under the $1,000 cap, covered in full; but the plan paid a hardship distribution,
    // not an emergency personal expense one, so it does not know of the exception: code 1, Form 5329 number 23.
    const r = hardship({ amountNeeded: 700, claims: ['emergency'] });
    expect(r.additionalTax).toBe(0);
    expect(r.form1099RCode).toBe('1');
    expect(r.form5329.needed).toBe(true);
    expect(r.form5329.exceptionNumber?.number).toBe('23');
  });
  test('covered by the terminal illness exception is code 2: the physician’s certification goes to the plan administrator', () => {
    const r = hardship({ amountNeeded: 5_000, claims: ['terminal-illness'], terminalIllnessCertified: true });
    expect(r.form1099RCode).toBe('2');
    expect(r.form5329.needed).toBe(false);
  });
});
