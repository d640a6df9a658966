// loss: losses inside a 401(k) are not deductible (zero basis; §67(g) for 2018–2025, permanent from 2026 under
// P.L. 119-21), and the wash-sale rule of Rev. Rul. 2008-5 — certain for an IRA purchase, only a risk for a plan one.
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';

function loss(req: Record<string, unknown>) {
  const out = evaluate({ check: 'loss', ...req });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return { result: out.result as Record<string, any>, text: out.explanation.map((s) => s.text).join('\n') };
}

describe('no deduction in any covered year', () => {
  test.each([2024, 2025, 2026])('%i: no deduction for a loss inside the account', (taxYear) => {
    for (const situation of ['value-drop', 'closed-below-basis']) {
      for (const accountType of ['traditional', 'roth']) {
        const { result } = loss({ taxYear, situation, accountType, basis: 10_000, amountReceived: 4_000, lossAmount: 3_000 });
        expect(result.deductible).toBe(false);
        expect(result.deductibleAmount).toBe(0);
      }
    }
  });

  test('names the suspension years and the permanent change from the data', () => {
    const { text } = loss({ taxYear: 2025, situation: 'closed-below-basis', basis: 10_000, amountReceived: 4_000 });
    expect(text).toContain('not allowed for 2018 through 2025');
    expect(text).toContain('permanent from 2026');
    expect(text).toContain('above 2% of AGI');
  });

  test('unrecovered basis is what was not received back', () => {
    expect(loss({ taxYear: 2026, situation: 'closed-below-basis', basis: 10_000, amountReceived: 4_000 }).result.unrecoveredBasis).toBe(6_000); // 10,000 − 4,000
    expect(loss({ taxYear: 2026, situation: 'closed-below-basis', basis: 10_000, amountReceived: 9_999.99 }).result.unrecoveredBasis).toBe(0.01); // 10,000 − 9,999.99
  });

  // An account "closed for less than I put in" that paid back all its basis or more is a contradiction: no basis is
  // lost, and the part above the basis is a distribution's taxable part (IRC §72(e)(8)), not a loss.
  test.each([10_000, 10_000.01, 12_000])('refuses a closing below basis that received %s against 10,000 of basis, on the amount received', (amountReceived) => {
    const out = evaluate({ check: 'loss', taxYear: 2026, situation: 'closed-below-basis', basis: 10_000, amountReceived });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors.map((e) => e.field)).toEqual(['amountReceived']);
  });

  test('refuses a closing below basis with no basis, on the basis', () => {
    const out = evaluate({ check: 'loss', taxYear: 2026, situation: 'closed-below-basis', basis: 0 });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors.map((e) => e.field)).toEqual(['basis']);
  });

  test('closing below basis needs the basis', () => {
    const out = evaluate({ check: 'loss', taxYear: 2026, situation: 'closed-below-basis' });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors.map((e) => e.field)).toEqual(['basis']);
  });

  test('says what happens instead for each account type', () => {
    expect(loss({ taxYear: 2026, situation: 'value-drop' }).result.whatHappensInstead).toContain('lowers what you will later take out');
    expect(loss({ taxYear: 2026, situation: 'value-drop', accountType: 'roth' }).result.whatHappensInstead).toContain('tax-free growth');
  });

  test('for a closed account names the contributions it did not pay back, not a fall in value', () => {
    // 10,000 of Roth contributions, 6,000 received on closing: 10,000 − 6,000 = 4,000 never recovered. The example's
    // "loss" of 15,000 (a fall in value) is not what a closed account loses.
    const r = loss({ taxYear: 2026, situation: 'closed-below-basis', accountType: 'roth', lossAmount: 15_000, basis: 10_000, amountReceived: 6_000 }).result;
    expect(r.whatHappensInstead).toBe('With the account closed, nothing more comes out of it: the $4,000 of contributions it did not pay back is simply gone, with no deduction.');
  });
});

describe('wash sales', () => {
  const ira = { taxYear: 2026, situation: 'repurchase-in-ira', lossAmount: 4_000, saleDate: '2026-06-01' };
  test.each([
    ['2026-05-02', 30, 'disallowed'], // 30 days before the sale
    ['2026-05-01', 31, 'outside-window'],
    ['2026-07-01', 30, 'disallowed'], // 30 days after
    ['2026-07-02', 31, 'outside-window'],
  ])('an IRA purchase on %s (%i days from the sale) is %s', (repurchaseDate, days, status) => {
    const { result } = loss({ ...ira, repurchaseDate });
    expect(result.washSale).toMatchObject({ status, daysApart: days, windowDays: 30, basisIncreased: false });
    expect(result.washSale.lossDisallowed).toBe(status === 'disallowed' ? 4_000 : null);
  });

  test('without dates the IRA rule is stated as a condition on the window', () => {
    const { result, text } = loss({ taxYear: 2026, situation: 'repurchase-in-ira' });
    expect(result.washSale.status).toBe('disallowed');
    expect(text).toContain('if the purchase is within 30 days before or after the sale');
  });

  test('a purchase in the plan is a risk to flag, never a disallowance asserted', () => {
    const { result, text } = loss({ taxYear: 2026, situation: 'repurchase-in-plan', lossAmount: 4_000, saleDate: '2026-06-01', repurchaseDate: '2026-06-10' });
    expect(result.washSale.status).toBe('risk');
    expect(result.washSale.lossDisallowed).toBe(null);
    expect(text).toContain('does not address a purchase inside a 401(k)');
    expect(text).not.toMatch(/is disallowed|lost for good/);
  });

  // The loss in these situations is on a sale in a taxable account: a capital loss (§165(c)(2), §1211(b)), never
  // the "lowers what you will later take out" of a loss inside the plan.
  test('an IRA purchase in the window: the $4,000 loss is not deductible, and says why', () => {
    const { result } = loss({ ...ira, repurchaseDate: '2026-06-10' });
    expect(result.deductible).toBe(false);
    expect(result.deductibleAmount).toBe(0);
    expect(result.whatHappensInstead).toBe('The $4,000 loss on the taxable sale is disallowed, and the IRA’s basis is not increased, so it is never deducted.');
  });

  test('outside the window the taxable sale is a deductible capital loss of $4,000', () => {
    const { result, text } = loss({ ...ira, repurchaseDate: '2026-07-02' }); // 31 days after 2026-06-01
    expect(result.deductible).toBe(true);
    expect(result.deductibleAmount).toBe(4_000);
    expect(result.whatHappensInstead).toContain('capital loss you can deduct');
    expect(text).not.toContain('lowers what you will later take out');
    expect(text).not.toContain('Gains and losses inside a 401(k)');
  });

  test('a plan purchase in the window: deductibility is unknown, neither yes nor $0', () => {
    const { result } = loss({ taxYear: 2026, situation: 'repurchase-in-plan', lossAmount: 4_000, saleDate: '2026-06-01', repurchaseDate: '2026-06-10' });
    expect(result.deductible).toBe(null);
    expect(result.deductibleAmount).toBe(null);
    expect(result.whatHappensInstead).toContain('may or may not be deductible');
  });

  test('outside the window with no loss amount: deductible, amount not known', () => {
    const { result } = loss({ taxYear: 2026, situation: 'repurchase-in-plan', saleDate: '2026-06-01', repurchaseDate: '2026-08-01' });
    expect(result.deductible).toBe(true);
    expect(result.deductibleAmount).toBe(null);
  });

  test('no wash-sale section for a fall in value', () => {
    expect(loss({ taxYear: 2026, situation: 'value-drop' }).result.washSale).toBe(null);
  });
});
