import { randomBytes } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { breaches, budgetFor, cardChecks, cardIslands, checkChunks, countElements, dynamicImports, islandChecks, measurePage, missedTargets, modeChunks, pageChecks, staticImports } from './measure.ts';

let dist: string;

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'budget-'));
  mkdirSync(join(dist, '_astro'));
  mkdirSync(join(dist, 'guide'));
  mkdirSync(join(dist, 'tool'));
  writeFileSync(join(dist, '_astro', 'site.css'), 'body{color:red}');
  writeFileSync(join(dist, '_astro', 'island.js'), 'import{h}from"./preact.js";export default h;');
  writeFileSync(join(dist, '_astro', 'preact.js'), `export const h=1;${'x'.repeat(10)}`);
  writeFileSync(join(dist, '_astro', 'client.js'), 'import"./preact.js";');
  // Random bytes do not compress: a stand-in for a script too big for an article.
  writeFileSync(join(dist, '_astro', 'big.js'), randomBytes(4000));
  writeFileSync(
    join(dist, 'guide', 'index.html'),
    '<link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg"><script>var t=1</script><article data-pagefind-body>x</article>',
  );
  writeFileSync(
    join(dist, 'tool', 'index.html'),
    '<link rel="stylesheet" href="/_astro/site.css"><astro-island component-url="/_astro/island.js" renderer-url="/_astro/client.js"></astro-island><img src="/a.png" alt=""><img src="data:," alt="">',
  );
  // A check page: the island's shell holds the check loader's table; the loss check's chunk imports its data chunk.
  writeFileSync(join(dist, '_astro', 'shell.js'), 'import"./preact.js";const t={loss:()=>n(()=>import(`./loss.abc.js`),[]),"federal-tax":()=>import("./federal-tax.def.js")};');
  // The island takes the preload helper from the opener, as the built islands do.
  writeFileSync(join(dist, '_astro', 'loss-island.js'), 'import"./shell.js";import"./opener.js";const f=()=>import("./live.js");');
  writeFileSync(join(dist, '_astro', 'live.js'), randomBytes(1500));
  writeFileSync(join(dist, '_astro', 'loss.abc.js'), 'import{d}from"./data.js";export const evaluate=d;');
  writeFileSync(join(dist, '_astro', 'federal-tax.def.js'), randomBytes(3000));
  writeFileSync(join(dist, '_astro', 'data.js'), randomBytes(2000));
  writeFileSync(
    join(dist, 'check.html'),
    '<astro-island component-url="/_astro/loss-island.js" renderer-url="/_astro/client.js" props="{&quot;id&quot;:[0,&quot;loss&quot;]}"></astro-island>',
  );
  // A guide with a check card: the card opener (loaded with the page) holds a Map of the islands it opens cards into.
  writeFileSync(
    join(dist, '_astro', 'opener.js'),
    'const m=new Map([[`loss`,()=>n(()=>import(`./loss-island.js`),[])],["rmd",()=>import("./rmd-island.js")]]);const c=()=>import("./CheckCard.c1.js"),p=()=>import("./CheckPage.p1.js");',
  );
  // The island's two modes: a card's (opened in a guide) and a check page's (mounted as the page loads).
  writeFileSync(join(dist, '_astro', 'CheckCard.c1.js'), randomBytes(1200));
  writeFileSync(join(dist, '_astro', 'CheckPage.p1.js'), randomBytes(1700));
  writeFileSync(join(dist, '_astro', 'rmd-island.js'), randomBytes(2500));
  writeFileSync(
    join(dist, 'card.html'),
    '<article><div class="check-live" data-check-card="loss" data-ns="lo"><a class="cc-try" href="/checks/loss/">Try it</a></div></article><script type="module" src="/_astro/opener.js"></script>',
  );
  // A check's own page: plain HTML the opener mounts the loss island over as the page loads.
  writeFileSync(
    join(dist, 'mounted.html'),
    '<div data-check-page="loss" data-ns="lo"><div class="check-live"></div></div><script type="module" src="/_astro/opener.js"></script>',
  );
  writeFileSync(join(dist, 'heavy.html'), '<article data-pagefind-body></article><script type="module" src="/_astro/big.js"></script>');
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

test('counts the document, stylesheet, icon and inline script of an article', () => {
  const page = measurePage(dist, '/guide/');
  expect(page).toMatchObject({ requests: 3, islands: 0, article: true });
  expect(page.cssGz).toBeGreaterThan(0);
  expect(page.jsGz).toBeGreaterThan(0);
  expect(budgetFor(page).kind).toBe('article');
});

test('follows island modules and their static imports and counts each file once', () => {
  const page = measurePage(dist, '/tool/');
  // document, css, island.js, client.js, preact.js, a.png
  expect(page).toMatchObject({ requests: 6, islands: 1, article: false });
  expect(budgetFor(page).kind).toBe('page with islands');
});

test('reports an article whose JavaScript is over its 1 kB budget', () => {
  const page = measurePage(dist, '/heavy.html');
  expect(page.jsGz).toBeGreaterThan(1024);
  expect(breaches(page, budgetFor(page))).toEqual([
    { path: '/heavy.html', kind: 'article', what: 'JavaScript', bytes: page.jsGz, limit: 1024 },
  ]);
});

test('fails loudly when a page references a file missing from dist', () => {
  writeFileSync(join(dist, 'broken.html'), '<script src="/_astro/gone.js"></script>');
  expect(() => measurePage(dist, '/broken.html')).toThrow(/gone\.js/);
});

test('finds static imports in minified modules but not dynamic ones', () => {
  expect(staticImports('import{a as b}from"./x.js";import"./y.js";export*from"./z.js";const m=import("./lazy.js")')).toEqual([
    './x.js',
    './y.js',
    './z.js',
  ]);
});

test('counts elements as a parser would, not tags inside comments, scripts or templates', () => {
  // html, body, p, b, script, template = 6; the comment's and the script's "tags" are text.
  expect(countElements('<html><body><!-- <div> --><p>a <b>b</b></p><script>"<div>"</script><template><i></i></template></body></html>')).toBe(6);
});

test('measures each island’s props and reports a target the page misses', () => {
  const props = 'x'.repeat(2049);
  writeFileSync(join(dist, 'props.html'), `<astro-island component-url="/_astro/island.js" props="${props}"></astro-island><astro-island props="{}"></astro-island>`);
  const page = measurePage(dist, '/props.html');
  expect(page.islandProps).toEqual([2049, 2]);
  expect(missedTargets(page).map((m) => [m.target.what, m.value])).toEqual([['island props (largest)', 2049]]);
});

test('reads each check’s own chunk from the check loader’s table', () => {
  expect(Object.fromEntries(checkChunks(dist))).toEqual({ loss: '/_astro/loss.abc.js', 'federal-tax': '/_astro/federal-tax.def.js' });
});

test('reads the checks of a page’s islands from their props', () => {
  expect(islandChecks('<astro-island props="{&quot;id&quot;:[0,&quot;loss&quot;],&quot;start&quot;:[0,{}]}"></astro-island><astro-island props="{}"></astro-island>')).toEqual(['loss']);
});

test('finds dynamic imports in minified modules', () => {
  expect(dynamicImports('const a=()=>import(`./a.js`),b=import("./b.js");import"./c.js"')).toEqual(['./a.js', './b.js']);
});

test('counts a check’s own chunk and its imports only once the check is used, and names the largest script', () => {
  const page = measurePage(dist, '/check.html');
  expect(page.checks).toEqual(['loss']);
  // On load: loss-island.js, shell.js, preact.js, client.js. After one edit: those and loss.abc.js, data.js.
  const onLoad = page.jsGz;
  const after = page.jsAfterCheckGz['loss']!;
  expect(after).toBeGreaterThan(onLoad + 2000); // data.js is 2,000 random bytes, which do not compress
  expect(page.largestScript.file).toBe('/_astro/data.js');
  expect(page.largestScript.gz).toBeGreaterThan(2000);
});

test('counts what a check fetches on first touch (its live form) but never another check’s chunk', () => {
  const page = measurePage(dist, '/check.html');
  const after = page.jsAfterCheckGz['loss']!;
  // live.js (1,500 random bytes) and data.js (2,000) are fetched; federal-tax.def.js (3,000) is another check's.
  expect(after).toBeGreaterThan(page.jsGz + 3500);
  expect(after).toBeLessThan(page.jsGz + 3500 + 3000);
});

test('reads the checks of a page’s cards and the island each opens into, apart from the check loader’s table', () => {
  expect(cardChecks('<div data-check-card="loss" data-ns="lo"></div><div data-check-card="rmd"></div><div data-check-card="loss"></div>')).toEqual(['loss', 'rmd']);
  expect(Object.fromEntries(cardIslands(dist))).toEqual({ loss: '/_astro/loss-island.js', rmd: '/_astro/rmd-island.js' });
  expect(checkChunks(dist).has('rmd')).toBe(false);
});

test('a guide with a check card loads only the opener, and once the card is used its island, live form and chunk', () => {
  const page = measurePage(dist, '/card.html');
  expect(page).toMatchObject({ islands: 0, article: true, checks: ['loss'], requests: 2 });
  expect(budgetFor(page).kind).toBe('guide with checks');
  const after = page.jsAfterCheckGz['loss']!;
  // live.js (1,500 random bytes), data.js (2,000) and the card's mode CheckCard.c1.js (1,200) come with the loss
  // island; rmd-island.js (2,500) is another card's and the page mode CheckPage.p1.js (1,700) a check page's.
  expect(after).toBeGreaterThan(page.jsGz + 3500 + 1200);
  expect(after).toBeLessThan(page.jsGz + 3500 + 1200 + 1700);
});

test('reads the checks a page mounts as it loads', () => {
  expect(pageChecks('<div data-check-page="loss" data-ns="lo"></div><div data-check-page="loss"></div><div data-check-card="rmd"></div>')).toEqual(['loss']);
});

test('a check’s own page loads the opener and the island it mounts, and once the check is used its live form and chunk', () => {
  const page = measurePage(dist, '/mounted.html');
  expect(page).toMatchObject({ islands: 1, article: false, checks: ['loss'] });
  expect(budgetFor(page).kind).toBe('page with islands');
  // The props are the mount's data attributes: ` data-check-page="loss"` (23 bytes) and ` data-ns="lo"` (13).
  expect(page.islandProps).toEqual([36]);
  // On load: the document, the opener, the loss island, its shell and Preact, and the page's mode (opener.js,
  // loss-island.js, shell.js, preact.js, CheckPage.p1.js).
  expect(page.requests).toBe(6);
  expect(page.jsGz).toBeGreaterThan(1700);
  const after = page.jsAfterCheckGz['loss']!;
  // live.js (1,500 random bytes) and data.js (2,000) are fetched once the check is used; rmd-island.js (2,500) and
  // the card's mode CheckCard.c1.js (1,200) are not.
  expect(after).toBeGreaterThan(page.jsGz + 3500);
  expect(after).toBeLessThan(page.jsGz + 3500 + 1200);
});

test('finds the chunks of the island’s two modes by their modules’ names', () => {
  expect(modeChunks(dist)).toEqual({ card: '/_astro/CheckCard.c1.js', page: '/_astro/CheckPage.p1.js' });
});
