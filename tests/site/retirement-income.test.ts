// The RMD guide and the retirement-income guide as built: the worked examples the engine computed show the figures
// worked here by hand from the cited rules, and the base amounts come from data.
import { describe, expect, test } from 'vitest';
import { readPage, text } from './html.ts';

const example = (html: string, title: string): string => {
  const m = new RegExp(`<figure class="example"[^>]*>[\\s\\S]*?${title}[\\s\\S]*?</figure>`).exec(html);
  if (!m) throw new Error(`no worked example titled “${title}”`);
  return text(m[0]);
};

describe('the required minimum distributions guide', () => {
  const html = readPage('/guides/required-minimum-distributions/');
  test('works the 78-year-old’s RMD with the T.D. 9930 divisor', () => {
    // §1.401(a)(9)-9(c): 78 → 22.0; $300,000 ÷ 22.0 = $13,636.36.
    const t = example(html, 'The RMD of a 78-year-old');
    expect(t).toContain('22.0 (Uniform Lifetime Table, age 78)');
    expect(t).toContain('$13,636.36');
  });
  test('splits the 78-year-old’s withdrawal into the RMD and the rollable rest', () => {
    // $13,636.36 × 10% = $1,363.64; $16,363.64 × 20% = $3,272.73; withheld $4,636.37, shown to the dollar.
    const t = example(html, 'A 78-year-old takes more than the RMD');
    expect(t).toContain('$16,363.64');
    expect(t).toContain('Withheld when paid $4,636');
  });
  test('gives the correction window’s end for a 2025 shortfall', () => {
    // §4974(e): December 31, 2025 + 2 years; 10% × $3,130.08 = $313.008, shown like any tax to the dollar: $313 (the
    // cents are in the explanation, on the check's page the example links to).
    const t = example(html, 'A shortfall corrected inside the window');
    expect(t).toContain('If corrected by December 31, 2027 $313 (10%)');
  });
  test('embeds the RMD check', () => {
    expect(html).toContain('id="check-rmd"');
  });
});

describe('the retirement income guide', () => {
  const html = readPage('/guides/retirement-income-and-your-tax-return/');
  test('shows the statutory base amounts from data', () => {
    // §86(c): $25,000 / $32,000; adjusted $34,000 / $44,000.
    for (const amount of ['$25,000', '$32,000', '$34,000', '$44,000']) expect(text(html)).toContain(amount);
  });
  test('works a withdrawal into the 85% tier: $9,600 of benefits made taxable, $1,366 of tax', () => {
    const t = example(html, 'A withdrawal that reaches the 85% tier');
    expect(t).toContain('$9,600');
    expect(t).toContain('$1,366');
  });
  test('shows the senior deduction a withdrawal phases out: 6% × $15,000 = $900', () => {
    expect(example(html, 'A withdrawal that reduces the senior deduction')).toContain('$900');
  });
});
