// Social Security benefits in the federal tax (IRC §86; Pub. 915, Worksheet 1) and the steps a withdrawal adds.
// Expected values are worked by hand in the comments.
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';

const withdrawal = (extra: Record<string, unknown>) =>
  evaluate({ check: 'early-withdrawal', distributionDate: '2026-06-15', birthDate: '1959-03-10', amount: 20000, vestedBalance: 200000, filingStatus: 'single', otherIncome: 8000, socialSecurityBenefits: 24000, ...extra });

describe('a withdrawal while receiving benefits', () => {
  test('explains the benefits it makes taxable as its own step, after the tax with the distribution', () => {
    const o = withdrawal({});
    if (!o.ok) throw new Error(JSON.stringify(o.errors));
    const rules = o.explanation.map((s) => s.rule);
    expect(rules).toContain('irc-86-taxable-social-security');
    expect(rules).toContain('irc-86-benefits-made-taxable');
    const step = o.explanation.find((s) => s.rule === 'irc-86-benefits-made-taxable')!;
    // $20,000 withdrawn + $9,600 of benefits made taxable = $29,600 added to income.
    expect(step.text).toContain('$9,600');
    expect(step.text).toContain('$29,600');
    expect(step.citations.map((c) => c.id)).toEqual(['irc-86', 'pub-915']);
  });
  test('adds no benefit step when the benefits are not touched', () => {
    const o = withdrawal({ amount: 5000 }); // provisional income $12,000 + $13,000 = $25,000: at the base amount
    if (!o.ok) throw new Error('refused');
    expect(o.explanation.map((s) => s.rule)).not.toContain('irc-86-benefits-made-taxable');
  });
  test('leaves a return without benefits unchanged', () => {
    const o = withdrawal({ socialSecurityBenefits: 0 });
    if (!o.ok) throw new Error('refused');
    expect((o.result as { socialSecurity: unknown }).socialSecurity).toBeNull();
    expect(o.explanation.map((s) => s.rule)).not.toContain('irc-86-taxable-social-security');
  });
  test('reads benefits into the AGI of the medical-expense floor', () => {
    // With $9,600 of benefits made taxable, AGI is $37,600 and the 7.5% floor $2,820; $5,000 of expenses excepts $2,180.
    // (Without the benefits AGI would be $28,000, floor $2,100, $2,900 excepted.) Age 67 is past 59½, so use a younger
    // reader: born 1970, the same figures apply to the floor.
    const o = withdrawal({ birthDate: '1970-01-01', claims: ['medical'], medicalExpenses: 5000 });
    if (!o.ok) throw new Error(JSON.stringify(o.errors));
    expect((o.result as { exceptions: { id: string; covers: number | null }[] }).exceptions.find((e) => e.id === 'medical')?.covers).toBe(2180);
  });
});

describe('the senior deduction phase-out', () => {
  test('is its own step when a withdrawal reduces the deduction', () => {
    const o = evaluate({ check: 'early-withdrawal', distributionDate: '2026-06-15', birthDate: '1955-06-01', amount: 20000, vestedBalance: 200000, filingStatus: 'single', otherIncome: 70000 });
    if (!o.ok) throw new Error('refused');
    const step = o.explanation.find((s) => s.rule === 'pl-119-21-senior-deduction-reduced');
    // MAGI $90,000: 6% × ($90,000 − $75,000) = $900 lost ($6,000 → $5,100).
    expect(step?.text).toContain('$900');
    expect(step?.text).toContain('$5,100');
  });
});
