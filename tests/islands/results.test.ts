// The result views rendered to HTML as the server renders them (preact-render-to-string, the renderer Astro's Preact
// integration uses): answer first, whole dollars, and every part of a result consistent with the others. The engine
// only supplies the result a view is given; every expected text is literal, worked by hand beside it.
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import { defaultRequest, evaluate, type CheckId, type ResultOf } from '../../src/engine/index.ts';
import { RESULT_VIEWS } from '../../src/islands/results/index.ts';
import { cents, dollars, dollarsDown } from '../../src/islands/shared/format.ts';
import type { IslandId } from '../../src/islands/registry.ts';

function resultOf<K extends CheckId>(check: K, over: Record<string, unknown> = {}): ResultOf<K> {
  const o = evaluate({ ...defaultRequest(check), ...over, check } as { check: K });
  if (!o.ok) throw new Error(o.errors.map((e) => `${e.field}: ${e.message}`).join('; '));
  return o.result;
}

function html<K extends IslandId>(check: K, over: Record<string, unknown> = {}): string {
  const { View } = RESULT_VIEWS[check] as unknown as { View: (p: { r: ResultOf<K>; id: string }) => ReturnType<typeof h> };
  return renderToString(h(View as never, { r: resultOf(check, over), id: 'x' }));
}

const text = (s: string) => s.replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();

describe('money in results', () => {
  test('rounds to the nearest dollar, half away from zero, and never prints "-$0"', () => {
    expect(dollars(35000.5)).toBe('$35,001');
    expect(dollars(999.9)).toBe('$1,000');
    expect(dollars(1234.49)).toBe('$1,234');
    expect(dollars(-0.004)).toBe('$0');
    expect(dollars(-2.5)).toBe('−$3'); // the engine's minus sign (U+2212), as in its sentences
  });

  test('rounds a most-you-may amount down and states form and RMD figures to the cent', () => {
    expect(dollarsDown(18587.99)).toBe('$18,587');
    expect(dollarsDown(22000)).toBe('$22,000');
    expect(cents(50000)).toBe('$50,000.00');
    expect(cents(13636.36)).toBe('$13,636.36');
  });
});

describe('every result view', () => {
  test.each(Object.keys(RESULT_VIEWS) as IslandId[])('%s starts with its headline and shows nothing broken', (check) => {
    const out = html(check);
    expect(out.startsWith('<p class="cr-headline">')).toBe(true);
    expect(text(out)).not.toMatch(/\[object Object\]|\bundefined\b|\bNaN\b|\bnull\b|-\$0(?![\d,.]*[1-9])/);
  });
});

describe('the exception finder', () => {
  test('shows first the exceptions that can apply or need the plan, and folds the other 24', () => {
    // The example: 55 in 2026, left the employer in 2026 (§72(t)(2)(A)(v)) can apply; long-term care (§72(t)(2)(J))
    // needs the plan to offer it. 26 exceptions in the catalog − 2 = 24 folded.
    const out = html('exceptions');
    const [first, folded] = out.split('<details');
    expect(text(first!)).toContain('Separation from service in or after the year you turn 55 Can apply');
    expect(text(first!)).toContain('Qualified long-term care distribution Only if your plan offers it');
    expect(first).not.toContain('First-time home purchase');
    expect(text(folded!)).toContain('The other 24 exceptions, and why they do not help here');
    expect(text(folded!)).toContain('First-time home purchase IRA only');
  });

  test('says in the headline how many more need the plan', () => {
    expect(text(html('exceptions')).startsWith('On these answers, one exception can apply: Separation from service in or after the year you turn 55. One more can apply if your plan offers it.')).toBe(true);
  });
});

describe('the contribution limits', () => {
  test('at 64 planning $35,750 for 2025, the bar splits the plan into $31,000 within and $4,750 over', () => {
    // 2025: $23,500 + the age-50 catch-up $7,500 = $31,000 (the 60–63 catch-up stops at 63); $35,750 − $31,000 = $4,750.
    const t = text(html('contribution-limits', { taxYear: 2025, birthDate: '1961-03-01', traditionalDeferrals: 25750, rothDeferrals: 10000, priorYearFicaWages: 100000 }));
    expect(t).toContain('Your $35,750 of planned deferrals against your $31,000 limit');
    expect(t).toContain('Within the limit: $31,000');
    expect(t).toContain('Over the limit: $4,750');
    expect(t).not.toContain('Room left');
    // §402(g)(1)(A): the $4,750 over the limit is income for 2025. The Roth $10,000 is within the limit on its own, so
    // the excess is pre-tax money that box 1 left out: $4,750 more income, beside the $10,000 of Roth taxed now.
    expect(t).toContain('Taxed now (in box 1 wages) $10,000');
    expect(t).toContain('Also income this year: the pre-tax deferrals over the limit $4,750');
  });

  test('within the limit, no excess is added to income', () => {
    // The example: $30,000 planned against a $35,750 limit, nothing over it.
    expect(text(html('contribution-limits'))).not.toContain('Also income this year');
  });

  test('under the limit, the bar shows the room left', () => {
    // The example: $35,750 limit, $30,000 planned, $5,750 of room.
    const t = text(html('contribution-limits'));
    expect(t).toContain('Within the limit: $30,000');
    expect(t).toContain('Room left under the limit: $5,750');
  });
});

describe('the withdrawal results', () => {
  test('a withdrawal after 59½ says it is not subject to the additional tax, never "covered by an exception"', () => {
    // Born March 10, 1962: 59½ on September 10, 2021, so a June 15, 2026 withdrawal is not early (§72(t)(2)(A)(i)).
    const t = text(html('early-withdrawal', { birthDate: '1962-03-10' }));
    expect(t).toContain('Additional tax on early distributions Not subject to it: paid at or after age 59½');
    expect(t).not.toContain('Covered by an exception');
  });

  test('a direct rollover says nothing is taxed now and draws no bar of taxes', () => {
    // §402(c): a direct rollover of the example's $20,000 is not taxed now.
    const out = html('early-withdrawal', { payment: 'direct-rollover' });
    expect(text(out).startsWith('Nothing is taxed now: all $20,000 goes straight to the new plan or IRA.')).toBe(true);
    expect(out).not.toContain('cr-bar');
  });
});

describe('the hardship headline', () => {
  test('says first that the plan cannot pay a need it does not accept', () => {
    // The example's eviction need ($10,000 in hand: $14,841 gross, $4,099 federal cost) with a plan that accepts
    // only medical care: Treas. Reg. §1.401(k)-1(d)(3) lets a plan pay only the needs it names.
    expect(text(html('hardship', { planReasons: ['medical'] })).startsWith('Your plan does not accept this need, so it cannot pay a hardship withdrawal for it. If it could: To have $10,000 in hand after taxes, withdraw about $14,841; it costs about $4,099 in federal tax.')).toBe(true);
  });

  test('says a need outside the safe harbor is paid only by a plan that does not use it', () => {
    expect(text(html('hardship', { reason: 'other' }))).toContain('This need is not one of the safe-harbor needs, so a plan that uses them will not pay it.');
  });

  test('a safe-harbor need the plan accepts has the cost alone', () => {
    expect(text(html('hardship', { planReasons: ['eviction-foreclosure'] })).startsWith('To have $10,000 in hand after taxes, withdraw about $14,841; it costs about $4,099 in federal tax. ')).toBe(true);
  });
});

describe('the withdrawal headline', () => {
  test('says first what the reader keeps, then what the withdrawal adds in tax', () => {
    // The example: $20,000 at 46, single, $60,000 other income, 2026: additional tax 10% × $20,000 = $2,000; income
    // tax $8,770 − $5,020 = $3,750; cost $5,750; kept $20,000 − $5,750 = $14,250.
    expect(text(html('early-withdrawal')).startsWith('You would keep about $14,250 of the $20,000 after federal tax: it adds about $5,750 in federal tax, including a $2,000 additional tax on early distributions.')).toBe(true);
  });
});
