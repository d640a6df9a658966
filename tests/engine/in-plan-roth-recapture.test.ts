// The recapture window of an in-plan Roth rollover (IRC §402A(c)(4)(D), applying §408A(d)(3)(F)): the converted amount
// owes the 10% if distributed "within the 5-taxable-year period beginning with the taxable year" of the rollover. For a
// 2026 rollover the period is the taxable years 2026–2030, so a distribution on December 31, 2030 is still inside it.
import { expect, test } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';

const IN_PLAN = { check: 'rollover', distributionDate: '2026-03-02', birthDate: '1981-05-20', amount: 30_000, otherIncome: 80_000, destination: 'in-plan-roth' };

function recaptureStep(request: Record<string, unknown>) {
  const out = evaluate(request);
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out.explanation.find((s) => s.rule === 'irc-402a-c-4-in-plan-recapture');
}

test('the recapture sentence counts December 31 of the fifth taxable year inside the window', () => {
  // 2026 + 5 − 1 = 2030: the five taxable years are 2026, 2027, 2028, 2029 and 2030; the last day is 2030-12-31.
  // 59½: 59th birthday 2040-05-20 + 6 months = 2040-11-20, after the window, so no 59½ clause.
  expect(recaptureStep(IN_PLAN)?.text).toBe(
    'In-plan Roth rollover: if you take out any of the $30,000 converted on or before December 31, 2030 (the last day of the 5 taxable years counted from January 1, 2026), the 10% additional tax applies to it as if it had not been converted, unless you are 59½ or another exception applies.',
  );
});
