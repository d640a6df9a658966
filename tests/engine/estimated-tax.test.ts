// Estimated tax after a conversion that nothing is withheld from (IRC §6654): the prior-year safe harbor's higher
// share applies above $150,000 of last year's AGI, above $75,000 for a married person filing separately this year
// (§6654(d)(1)(C)(i)–(ii)); no penalty when the year's tax less withholding is under $1,000 (§6654(e)(1)); withholding
// counts as paid evenly through the year (§6654(g)). Expected sentences are typed by hand.
import { describe, expect, test } from 'vitest';
import { evaluate, type ResultOf } from '../../src/engine/index.ts';

function estimatedStep(filingStatus: string): string {
  // A $50,000 direct conversion to a Roth IRA: nothing withheld, so tax is due with the return.
  const out = evaluate({ check: 'rollover', distributionDate: '2026-03-02', birthDate: '1981-05-20', amount: 50000, destination: 'roth-ira', otherIncome: 80000, filingStatus });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  expect((out.result as ResultOf<'rollover'>).estimatedTaxMayBeNeeded).toBe(true);
  const step = out.explanation.find((s) => s.rule === 'irc-6654-estimated-tax');
  expect(step).toBeDefined();
  expect(step!.citations.map((s: { id: string }) => s.id)).toEqual(['irc-6654', 'irc-6654-g']);
  return step!.text;
}

describe('estimated tax note', () => {
  test('names the $150,000 threshold for a single filer', () => {
    const text = estimatedStep('single');
    expect(text).toContain('90% of this year’s tax or 100% of last year’s (110% if last year’s AGI was over $150,000)');
  });
  test('names the $75,000 threshold for a married person filing separately', () => {
    const text = estimatedStep('married-filing-separately');
    expect(text).toContain('(110% if last year’s AGI was over $75,000, the figure for a married person filing separately)');
  });
  test('names the $150,000 threshold for a joint return', () => {
    expect(estimatedStep('married-filing-jointly')).toContain('over $150,000)');
  });
  test('says the $1,000 floor and that withholding counts as paid evenly', () => {
    const text = estimatedStep('single');
    expect(text).toContain('or if your whole year’s tax less withholding is under $1,000');
    expect(text).toContain('Withholding counts as paid evenly through the year');
  });
});

describe('estimated tax note on a withdrawal', () => {
  const base = { check: 'early-withdrawal', distributionDate: '2026-06-15', birthDate: '1980-03-10', amount: 20000, vestedBalance: 80000, otherIncome: 60000 };
  test('says what the 20% withheld leaves due', () => {
    // 2026 single: taxable 43,900 → 63,900; added 12% × 6,500 = 780 + 22% × 13,500 = 2,970 → 3,750; 10% = 2,000;
    // cost 5,750 − 20% × 20,000 = 4,000 withheld → 1,750 due.
    const out = evaluate(base);
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    const step = out.explanation.find((s) => s.rule === 'irc-6654-estimated-tax');
    expect(step?.text).toContain('Withholding covers only $4,000, so $1,750 of tax is due with your 2026 return.');
  });
  test('adds no note when the withholding covers the cost', () => {
    // 30% elected: 6,000 withheld ≥ 5,750.
    const out = evaluate({ ...base, withholdingRate: 30 });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    expect(out.explanation.some((s) => s.rule === 'irc-6654-estimated-tax')).toBe(false);
  });
});
