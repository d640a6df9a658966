// How a reader finds their way: the sidebar, "On this page", "Try it with your numbers", breadcrumbs, previous/next
// links, the home page's situations, the check pages, and keyboard-only navigation. One browser page is reused and
// each page of the site is loaded as few times as possible.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { guideHref } from '../../src/lib/nav.ts';
import { TOPICS, topicAnchor } from '../../src/lib/topics.ts';
import { CONTENT_DIR, sourceGuides } from '../harness/guides.ts';
import { pressTab } from '../harness/keys.ts';
import { enumeratePages } from '../harness/pages.ts';
import { openSite, type GuardedPage, type Site } from '../harness/site.ts';

const guides = sourceGuides();
let site: Site;
let guarded: GuardedPage;

beforeAll(async () => {
  site = await openSite();
  guarded = await site.openPage({ viewport: { width: 1400, height: 900 } });
});

afterAll(async () => {
  await site?.close();
});

/** A fresh start for each test on the shared page: no recorded problems, the wide viewport. */
async function fresh(): Promise<Page> {
  guarded.problems.length = 0;
  await guarded.page.setViewportSize({ width: 1400, height: 900 });
  return guarded.page;
}

const hrefs = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();

// The checks' titles as src/islands/registry.ts names them, written out here so a renamed check shows up.
const EARLY = 'What would an early withdrawal cost?';
const EXCEPTIONS = 'Which exceptions to the additional tax could apply?';
const ROTH = 'Is a Roth 401(k) distribution tax-free?';
const LIMITS = 'How much can you contribute?';
const HARDSHIP = 'What would a hardship withdrawal cost?';
const LOSS = 'Can you deduct a 401(k) loss?';
const LOAN = 'What happens with a 401(k) loan?';
const ROLLOVER = 'What would a rollover or Roth conversion cost?';
const RMD = 'How much must you take out this year?';

/** Each check's title by id, written out here so a renamed check shows up. */
const TITLES: Record<string, string> = {
  'early-withdrawal': EARLY,
  exceptions: EXCEPTIONS,
  'roth-distribution': ROTH,
  'contribution-limits': LIMITS,
  hardship: HARDSHIP,
  loss: LOSS,
  loan: LOAN,
  rollover: ROLLOVER,
  rmd: RMD,
};

/** The checks a guide embeds, in the order of its text: its source's front matter `checks: [a, b]`. */
function guideChecks(id: string): [id: string, title: string][] {
  const source = readFileSync(join(CONTENT_DIR, `${id}.mdx`), 'utf8');
  const list = /^checks:\s*\[([^\]]*)\]/m.exec(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '')?.[1] ?? '';
  return list
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => {
      const title = TITLES[c];
      if (!title) throw new Error(`content/${id}.mdx embeds check "${c}": add its title to TITLES in this test`);
      return [c, title];
    });
}

test('the sidebar lists every guide grouped by topic in topic order and marks the current page', async () => {
  const page = await fresh();
  const current = guides.at(-1)!;
  await page.goto(site.url(guideHref(current.id)));
  const sidebar = page.getByRole('navigation', { name: 'Guides', exact: true });

  const expectedTopics = TOPICS.filter((t) => guides.some((g) => g.data.topic === t.id)).map((t) => t.label);
  await expect(sidebar.locator('.nav-group-label').allTextContents()).resolves.toEqual(expectedTopics);
  await expect(hrefs(page, '.sidebar a')).resolves.toEqual(guides.map((g) => guideHref(g.id)));
  await expect(sidebar.locator('[aria-current="page"]').getAttribute('href')).resolves.toBe(guideHref(current.id));

  const target = guides[0]!;
  await sidebar.getByRole('link', { name: target.data.title }).click();
  await page.waitForURL(site.url(guideHref(target.id)));
  await expect(page.locator('h1').textContent()).resolves.toBe(target.data.title);
  guarded.assertClean();
});

test('the guides embedding checks are found from their front matter', () => {
  // The rule of 55 embeds the exception finder, then the early-withdrawal check.
  expect(guideChecks('rule-of-55')).toEqual([
    ['exceptions', EXCEPTIONS],
    ['early-withdrawal', EARLY],
  ]);
  expect(guideChecks('glossary')).toEqual([]);
});

test('on every guide: On this page, Try it with your numbers, breadcrumbs and previous/next links', async () => {
  const page = await fresh();
  for (const [i, guide] of guides.entries()) {
    await page.goto(site.url(guideHref(guide.id)));
    const where = guide.id;

    // "On this page" lists the guide's own h2 and h3 headings and its embedded checks, in the order of the page.
    const inOrder = await page
      .locator('article')
      .locator('h2, h3, section.check')
      .evaluateAll((els) =>
        els.filter((el) => el.matches('section.check') || !el.closest('section.check')).map((el) => `#${el.id}`),
      );
    const toc = await hrefs(page, '.toc a');
    expect(toc, where).toEqual(inOrder);
    expect(toc.at(-1), where).toBe('#sources');

    // A guide that embeds checks names them under its title, linking to each; the same links are in "On this page".
    const checks = guideChecks(guide.id);
    const tryIt = page.locator('article .try-it');
    await expect(tryIt.count(), where).resolves.toBe(checks.length > 0 ? 1 : 0);
    if (checks.length > 0) {
      await expect(tryIt.locator('strong').textContent(), where).resolves.toBe('Try it with your numbers:');
      await expect(texts(page, 'article .try-it a'), where).resolves.toEqual(checks.map(([, title]) => title));
      await expect(hrefs(page, 'article .try-it a'), where).resolves.toEqual(checks.map(([id]) => `#check-${id}`));
      for (const [id, title] of checks) {
        expect(toc, where).toContain(`#check-${id}`);
        await expect(page.locator(`section#check-${id} > h2`).textContent(), where).resolves.toBe(title);
      }
      // Near the top: before the guide's first own section heading.
      const tryTop = (await tryIt.boundingBox())!.y;
      const firstH2 = (await page.locator('article > h2').first().boundingBox())!.y;
      expect(tryTop, where).toBeLessThan(firstH2);
    }

    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    const topic = TOPICS.find((t) => t.id === guide.data.topic)!;
    await expect(crumbs.getByRole('link').allTextContents(), where).resolves.toEqual(['Home', 'Guides', topic.label]);
    await expect(hrefs(page, '.breadcrumbs a'), where).resolves.toEqual(['/', '/guides/', `/guides/#${topicAnchor(topic.id)}`]);
    await expect(crumbs.locator('[aria-current="page"]').textContent(), where).resolves.toBe(guide.data.title);

    const nav = page.getByRole('navigation', { name: 'Previous and next guides' });
    const prev = guides[i - 1];
    const next = guides[i + 1];
    await expect(hrefs(page, '.prev-next a[rel="prev"]'), where).resolves.toEqual(prev ? [guideHref(prev.id)] : []);
    await expect(hrefs(page, '.prev-next a[rel="next"]'), where).resolves.toEqual(next ? [guideHref(next.id)] : []);
    if (next) await expect(nav.locator('a[rel="next"]').textContent(), where).resolves.toContain(next.data.title);
  }
  guarded.assertClean();
});

test('the rule of 55 lists its sections, then its two checks, then its sources', async () => {
  const page = await fresh();
  await page.goto(site.url('/guides/rule-of-55/'));
  await expect(hrefs(page, '.toc a')).resolves.toEqual([
    '#the-calendar-year-test',
    '#only-the-plan-of-the-employer-you-left',
    '#rolling-to-an-ira-loses-it',
    '#public-safety-workers-earlier',
    '#left-too-early-substantially-equal-periodic-payments',
    '#what-the-rule-does-not-change',
    '#check-exceptions',
    '#check-early-withdrawal',
    '#sources',
  ]);
  // Following the check's entry scrolls the check into view.
  await page.locator('.toc a[href="#check-early-withdrawal"]').click();
  await page.waitForURL((url) => url.hash === '#check-early-withdrawal');
  const top = await page.locator('#check-early-withdrawal').evaluate((s) => s.getBoundingClientRect().top);
  // Within a pixel of the top: content above the check can be a fraction of a pixel tall, and scrolling snaps to whole pixels.
  expect(top).toBeGreaterThan(-1);
  expect(top).toBeLessThan(900);
  guarded.assertClean();
});

test('a topic breadcrumb and the next link lead where they say', async () => {
  const page = await fresh();
  await page.goto(site.url('/guides/rule-of-55/'));
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Early withdrawals' }).click();
  await page.waitForURL(site.url('/guides/#topic-early-withdrawals'));
  await expect(page.locator('section:has(> #topic-early-withdrawals)').getByRole('link', { name: 'The rule of 55' }).count()).resolves.toBe(1);

  await page.goto(site.url(guideHref(guides[0]!.id)));
  await page.getByRole('navigation', { name: 'Previous and next guides' }).locator('a[rel="next"]').click();
  await page.waitForURL(site.url(guideHref(guides[1]!.id)));
  await expect(page.locator('h1').textContent()).resolves.toBe(guides[1]!.data.title);
  guarded.assertClean();
});

test('/checks/ lists every check, one line each, linking to its own page', async () => {
  const page = await fresh();
  await page.goto(site.url('/checks/'));
  await expect(texts(page, 'main .checks-index a')).resolves.toEqual([EARLY, EXCEPTIONS, ROTH, LIMITS, HARDSHIP, LOSS, LOAN, ROLLOVER, RMD]);
  await expect(hrefs(page, 'main .checks-index a')).resolves.toEqual([
    '/checks/early-withdrawal/',
    '/checks/exceptions/',
    '/checks/roth-distribution/',
    '/checks/contribution-limits/',
    '/checks/hardship/',
    '/checks/loss/',
    '/checks/loan/',
    '/checks/rollover/',
    '/checks/rmd/',
  ]);
  guarded.assertClean();
});

/** Each check page: its title, and the guides that explain it in reading order (front matter `checks:`). */
const CHECK_PAGES: [id: string, title: string, guides: string[]][] = [
  ['early-withdrawal', EARLY, ['how-withdrawals-are-taxed', 'retirement-income-and-your-tax-return', 'early-withdrawals', 'rule-of-55', '401k-loans-vs-withdrawals']],
  ['exceptions', EXCEPTIONS, ['early-withdrawals', 'rule-of-55']],
  ['roth-distribution', ROTH, ['roth-401k-withdrawals']],
  ['contribution-limits', LIMITS, ['401k-contributions-and-taxes', 'self-employed-401k']],
  ['hardship', HARDSHIP, ['hardship-withdrawals']],
  ['loss', LOSS, ['401k-losses']],
  ['loan', LOAN, ['rollovers-and-roth-conversions', '401k-loans-vs-withdrawals']],
  ['rollover', ROLLOVER, ['rollovers-and-roth-conversions']],
];

test('each check has its own page with an introduction, the check, and links to the guides that explain it', async () => {
  const page = await fresh();
  for (const [id, title, explainedIn] of CHECK_PAGES) {
    const response = await page.goto(site.url(`/checks/${id}/`));
    expect(response?.status(), id).toBe(200);
    await expect(page.locator('h1').textContent(), id).resolves.toBe(title);
    await expect(page.locator('.check-page-intro').count(), id).resolves.toBe(1);
    await expect(page.locator(`main section#check-${id}.check`).count(), id).resolves.toBe(1);
    const links = explainedIn.map((g) => guideHref(g));
    await expect(hrefs(page, 'main .check-guides a'), id).resolves.toEqual(links);
    await expect(hrefs(page, 'main .check-guides-after a'), id).resolves.toEqual(links);
    await expect(hrefs(page, '.breadcrumbs a'), id).resolves.toEqual(['/', '/checks/']);
    // In the search index, under its title, with the readers' words (Pagefind's own API: the served page no longer
    // carries the attributes the index was built from). A string, so the test runner does not rewrite the import().
    const indexed = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      for (const r of (await pagefind.search('calculator')).results) {
        const d = await r.data();
        if (d.url === '/checks/${id}/') return { title: d.meta.title, synonyms: d.meta.synonyms ?? '' };
      }
      return null;
    })()`)) as { title: string; synonyms: string } | null;
    expect(indexed?.title, id).toBe(title);
    expect(indexed?.synonyms, id).toMatch(/\bcalculator\b.*\bestimate\b/);
  }
  guarded.assertClean();
});

/** The home page's situations and where each leads: the guide, then the checks, best first. */
const SITUATIONS: [heading: string, links: string[]][] = [
  ['I want to take money out', ['/guides/how-withdrawals-are-taxed/', '/checks/early-withdrawal/', '/checks/exceptions/']],
  ['I left my job', ['/guides/rule-of-55/', '/checks/rollover/', '/checks/exceptions/', '/checks/early-withdrawal/']],
  // 73: the RMD starting age for people born 1951–1959 (IRC §401(a)(9)(C)(v), SECURE 2.0 §107).
  ['I’m 73 or older', ['/guides/required-minimum-distributions/', '/checks/rmd/']],
  ['I’m deciding how much to contribute', ['/guides/401k-contributions-and-taxes/', '/checks/contribution-limits/']],
  ['My account lost value', ['/guides/401k-losses/', '/checks/loss/']],
  ['I need a loan', ['/guides/401k-loans-vs-withdrawals/', '/checks/loan/', '/checks/hardship/']],
];

test('the home page starts from the reader’s situation and leads to the guide and the check for each', async () => {
  const page = await fresh();
  await page.goto(site.url('/'));
  const found = await page.locator('.situation').evaluateAll((items) =>
    items.map((li) => ({ heading: li.querySelector('h2')?.textContent ?? '', links: [...li.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '') })),
  );
  expect(found.map((s) => s.heading)).toEqual(SITUATIONS.map(([heading]) => heading));
  for (const [i, [heading, links]] of SITUATIONS.entries()) {
    const got = found[i]!.links;
    // The guide comes first. A check built later (rmd, rollover) adds its link; the ones here stay, in this order.
    expect(got[0], heading).toBe(links[0]);
    expect(got.filter((l) => links.includes(l)), heading).toEqual(links);
  }

  await page.getByRole('link', { name: LOSS }).click();
  await page.waitForURL(site.url('/checks/loss/'));
  await expect(page.locator('h1').textContent()).resolves.toBe(LOSS);
  guarded.assertClean();
});

test.each(enumeratePages())('keyboard-only navigation reaches every visible link on %s', async (path) => {
  const page = await fresh();
  await page.goto(site.url(path));
  // Number the visible links, record every element that gets focus, then Tab through the page until every link has
  // been reached or focus comes back to where it started.
  const visible = await page.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((a) => {
      const r = a.getBoundingClientRect();
      return a.checkVisibility({ visibilityProperty: true }) && r.width > 0 && r.height > 0;
    });
    links.forEach((a, i) => (a.dataset['kb'] = String(i)));
    const w = window as unknown as { kbSeen: string[] };
    w.kbSeen = [];
    document.addEventListener('focusin', (e) => {
      const el = e.target as HTMLElement;
      w.kbSeen.push(el.dataset['kb'] !== undefined ? `${el.dataset['kb']} ${el.getAttribute('href')}` : el.outerHTML.slice(0, 80));
    });
    return links.map((a, i) => `${i} ${a.getAttribute('href')}`);
  });
  expect(visible.length).toBeGreaterThan(0);

  const stops = await page.locator('a[href], button, input, select, textarea, summary, [tabindex]').count();
  const seen = () => page.evaluate(() => (window as unknown as { kbSeen: string[] }).kbSeen);
  let missed = visible;
  for (let pressed = 0; pressed < stops + 20 && missed.length > 0; pressed += 25) {
    await pressTab(page, 25);
    const focused = new Set(await seen());
    missed = visible.filter((link) => !focused.has(link));
  }
  expect(missed).toEqual([]);
  guarded.assertClean();
});
