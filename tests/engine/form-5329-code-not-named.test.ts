// Box 7 of Form 1099-R for the SECURE 2.0 exceptions the Guide to Distribution Codes does not name (emergency personal
// expense, domestic abuse victim, terminal illness): code 1 is assumed and the exception is claimed on Form 5329, Part I,
// and the result says that a payer applying the exception may report code 2 instead ("any other distribution subject to
// an exception under section 72(q), (t), (u), or (v)"). Birth or adoption and medical distributions stay code 1.
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';

const BASE = { check: 'early-withdrawal', distributionDate: '2026-06-15', birthDate: '1980-03-10', amount: 1_000, vestedBalance: 20_000, otherIncome: 60_000 };
type Out = { form1099RCode: string; form5329: { needed: boolean; exceptionNumber: { number: string } | null; note: string } };
function run(extra: Record<string, unknown>): Out {
  const out = evaluate({ ...BASE, ...extra });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out.result as Out;
}

describe('exceptions without a named box 7 code', () => {
  test('an emergency personal expense distribution is code 1, claimed on Form 5329 with number 23, and the note names code 2 as the alternative', () => {
    const r = run({ claims: ['emergency'] });
    expect(r.form1099RCode).toBe('1');
    expect(r.form5329.needed).toBe(true);
    expect(r.form5329.exceptionNumber?.number).toBe('23');
    expect(r.form5329.note).toContain('emergency personal expense distributions these figures assume the payer reports code 1');
    expect(r.form5329.note).toContain('may report code 2');
  });
  test('a terminal illness distribution says the same', () => {
    const r = run({ claims: ['terminal-illness'], terminalIllnessCertified: true });
    expect(r.form1099RCode).toBe('1');
    expect(r.form5329.note).toContain('terminal illness distributions these figures assume the payer reports code 1');
  });
  test('a birth or adoption distribution, which the instructions put under code 1, has no such sentence', () => {
    const r = run({ claims: ['birth-adoption'], birthAdoptionChildren: 1, birthAdoptionDate: '2026-03-01' });
    expect(r.form1099RCode).toBe('1');
    expect(r.form5329.needed).toBe(true);
    expect(r.form5329.note).not.toContain('may report code 2');
  });
});
