// A check embedded in a guide is a card in the built HTML: the worked example in brief (its facts, headline and key
// numbers, marked Example) and a link to the check's own page, which keeps the whole form, result and explanation.
// Worked examples link to their check on their own scenario. Expected values are literal.
// The early-withdrawal example: $20,000 paid 2026-06-15 to someone born 1980-03-10, single, $60,000 of other income.
// 2026 single, standard deduction $16,100; 10% to $12,400, 12% to $50,400, 22% to $105,700 (Rev. Proc. 2025-32).
// Without it: 60,000 − 16,100 = 43,900 → 1,240 + 12% × 31,500 = 5,020. With it: 63,900 → 1,240 + 4,560 + 22% × 13,500
// (2,970) = 8,770; added 3,750. Additional tax 10% × 20,000 = 2,000 (§72(t)(1)). Cost 5,750; kept 20,000 − 5,750 = 14,250.
import { describe, expect, test } from 'vitest';
import { guidePages, readPage, text } from './html.ts';

/** The HTML of the element that opens with `open` (its first match), through its matching close tag. */
function element(html: string, open: RegExp): string {
  const m = open.exec(html);
  if (!m) throw new Error(`no element matching ${open}`);
  const tag = /^<([a-z0-9-]+)/.exec(m[0])![1]!;
  let depth = 0;
  const re = new RegExp(`<${tag}\\b|</${tag}>`, 'g');
  re.lastIndex = m.index;
  for (let t = re.exec(html); t; t = re.exec(html)) {
    depth += t[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(m.index, t.index + t[0].length);
  }
  throw new Error(`unclosed ${tag}`);
}

const checksIn = (html: string) => [...html.matchAll(/<section id="check-([a-z0-9-]+)" class="check"/g)].map((m) => m[1]!);

describe('a check in a guide', () => {
  const html = readPage('/guides/early-withdrawals/');
  const card = element(html, /<section id="check-early-withdrawal"[^>]*>/);

  test('shows the example in brief, marked Example, with its headline first', () => {
    expect(text(element(card, /<p class="cc-scenario">/))).toBe(
      'Example Date the distribution is paid: June 15, 2026; Your birth date: March 10, 1980; Gross amount of the distribution: $20,000; Vested balance before the distribution: $80,000; Filing status: Single; Other income this year: $60,000.',
    );
    expect(text(element(card, /<p class="cr-headline">/))).toBe(
      'You would keep about $14,250 of the $20,000 after federal tax: it adds about $5,750 in federal tax, including a $2,000 additional tax on early distributions.',
    );
    expect(text(element(card, /<dl class="cr-numbers is-lean"[^>]*>/))).toBe(
      'Amount withdrawn $20,000 Taxable amount $20,000 Additional tax on early distributions $2,000 Federal income tax added $3,750 Total federal cost $5,750 Net after federal tax $14,250',
    );
  });

  test('offers the reader’s own numbers as a link to the check’s own page', () => {
    expect(card).toContain('<a class="cc-try" href="/checks/early-withdrawal/">Try it with your numbers</a>');
  });

  test.each(guidePages().filter((p) => checksIn(readPage(p)).length > 0))('%s carries no form control in its checks, and each check page keeps its form', (path) => {
    const page = readPage(path);
    for (const id of checksIn(page)) {
      const section = element(page, new RegExp(`<section id="check-${id}"[^>]*>`));
      expect(section, `${path} ${id}`).not.toMatch(/<(form|input|select|textarea|button)\b/);
      expect(section, `${path} ${id}`).toContain(`<a class="cc-try" href="/checks/${id}/">Try it with your numbers</a>`);
      expect(section.match(/class="cr-badge">Example</g), `${path} ${id}`).toHaveLength(1);
      expect(readPage(`/checks/${id}/`), id).toMatch(/<form class="cf-form"/);
    }
  });

  test.each(guidePages().filter((p) => checksIn(readPage(p)).length > 0))('%s has no island: each card names its check for the script that opens it', (path) => {
    const page = readPage(path);
    expect(page).not.toMatch(/<astro-island\b/);
    expect([...page.matchAll(/<div class="check-live" data-check-card="([a-z0-9-]+)" data-ns="[a-z]+">/g)].map((m) => m[1])).toEqual(checksIn(page));
    expect(page).toMatch(/<script type="module" src="\/_astro\/Check\.astro_astro_type_script_index_0_lang\.[\w-]+\.js"><\/script>/);
  });

  test.each(['loss', 'rmd', 'early-withdrawal'])('the %s check’s own page has no island either: the same script mounts its plain HTML', (id) => {
    const page = readPage(`/checks/${id}/`);
    expect(page).not.toMatch(/<astro-island\b/);
    expect([...page.matchAll(/<div data-check-page="([a-z0-9-]+)" data-ns="[a-z]+">/g)].map((m) => m[1])).toEqual([id]);
    expect(page).toMatch(/<script type="module" src="\/_astro\/Check\.astro_astro_type_script_index_0_lang\.[\w-]+\.js"><\/script>/);
    // The result the live check keeps until its first answer, in the element the mount hands back to it.
    expect(element(page, /<div class="cr-kept">/)).toContain('class="cr-headline"');
  });
});

describe('a worked example in a guide', () => {
  test('links to its check on its own scenario, where its explanation is', () => {
    const html = readPage('/guides/early-withdrawals/');
    const ex = element(html, /<figure class="example" id="example-cashing-out-part-of-a-401-k-with-no-exception">/);
    // Paid May 4, 2026, born February 10, 1986, vested balance $60,000; the amount ($20,000) and other income
    // ($60,000) are the check's own example's, so the link leaves them out. Nine steps: the 20% withheld ($4,000) is
    // less than the $3,750 income tax and $2,000 additional tax it adds, so the estimated-tax step (§6654) is one.
    expect(ex).toContain(
      '<a href="/checks/early-withdrawal/?ew.v=1&amp;ew.distributionDate=2026-05-04&amp;ew.birthDate=1986-02-10&amp;ew.vestedBalance=60000#check-early-withdrawal">How this was worked out: the 9 steps and their sources, in the check</a>',
    );
    expect(ex).not.toContain('<ol');
  });
});
