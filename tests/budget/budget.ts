// `npm run budget`: prints what every built page costs on load (and, on a page with checks, once the reader has used
// one) and fails on a breach of BUDGETS or of an enforced target in TARGETS (tests/budget/measure.ts); a target the
// site does not meet yet is printed as "not yet met". Run after `npm run build`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR, enumeratePages } from '../harness/pages.ts';
import { breaches, budgetFor, measurePage, missedTargets, TARGETS, type Breach } from './measure.ts';

const dist = DIST_DIR;
if (!existsSync(dist)) {
  console.error(`budget: ${dist} does not exist. Build the site first: npm run build`);
  process.exit(1);
}

const kb = (n: number) => `${(n / 1024).toFixed(2)} kB`;
const rows: string[][] = [['page', 'kind', 'HTML gz', 'CSS gz', 'JS gz', 'requests', 'elements', 'islands', 'props max', 'JS gz after one check', 'largest script']];
const failures: (Breach | { path: string; kind: string; what: string; bytes: number; limit: number; unit: string })[] = [];
const missed: string[] = [];

for (const path of enumeratePages(dist)) {
  const page = measurePage(dist, path);
  const budget = budgetFor(page);
  const afterCheck = Object.entries(page.jsAfterCheckGz).sort((a, b) => b[1] - a[1])[0];
  rows.push([
    path, budget.kind, kb(page.htmlGz), kb(page.cssGz), kb(page.jsGz), String(page.requests), String(page.elements), String(page.islands),
    page.islands ? `${Math.max(...page.islandProps)} B` : '',
    afterCheck ? `${kb(afterCheck[1])} (${afterCheck[0]})` : '',
    page.largestScript.gz ? kb(page.largestScript.gz) : '',
  ]);
  failures.push(...breaches(page, budget));
  for (const { target, value } of missedTargets(page)) {
    const show = (n: number) => (target.unit === 'kB' ? kb(n) : `${n}${target.unit ? ` ${target.unit}` : ''}`);
    missed.push(`  ${path}: ${target.what} ${show(value)} > ${show(target.limit)}${target.enforced ? ' (OVER)' : ' (not yet met)'}`);
    if (target.enforced) failures.push({ path, kind: 'target', what: target.what, bytes: value, limit: target.limit, unit: target.unit });
  }
}

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const [i, row] of rows.entries()) {
  console.log(row.map((cell, c) => (c === 0 || c === 1 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}

console.log(`\nTargets (enforced ones fail the run; the others print "not yet met" until the site meets them):`);
for (const t of TARGETS) console.log(`  ${t.enforced ? 'enforced   ' : 'not yet met'}  ${t.what} ≤ ${t.unit === 'kB' ? kb(t.limit) : `${t.limit}${t.unit ? ` ${t.unit}` : ''}`}`);
if (missed.length > 0) console.log(`\nTargets missed:\n${missed.join('\n')}`);

// The same article in a default Starlight site, when tests/lighthouse/starlight-compare.sh has built it (its one page,
// at /, is /guides/early-withdrawals/ as this site renders it, without the checks).
const starlight = join(process.env['STARLIGHT_DIR'] || '/tmp/starlight-compare', 'dist');
const GUIDE = '/guides/early-withdrawals/';
if (existsSync(join(starlight, 'index.html')) && existsSync(join(dist, GUIDE, 'index.html'))) {
  const here = measurePage(dist, GUIDE);
  const there = measurePage(starlight, '/');
  console.log(`\n${GUIDE} beside the same article in a default Starlight build (${starlight}):`);
  console.log(`  this site:         HTML ${kb(here.htmlGz)} gz, ${here.elements} elements, JS on load ${kb(here.jsGz)} gz, CSS ${kb(here.cssGz)} gz`);
  console.log(`  default Starlight: HTML ${kb(there.htmlGz)} gz, ${there.elements} elements, JS on load ${kb(there.jsGz)} gz, CSS ${kb(there.cssGz)} gz`);
} else {
  console.log(`\n(For ${GUIDE} beside the same article in a default Starlight build, run bash tests/lighthouse/starlight-compare.sh first.)`);
}

if (failures.length > 0) {
  console.error('\nOver budget:');
  for (const f of failures) {
    const show = (n: number) => ('unit' in f && f.unit !== 'kB' ? `${n}${f.unit ? ` ${f.unit}` : ''}` : kb(n));
    console.error(`  ${f.path} (${f.kind}): ${f.what} ${show(f.bytes)} > ${show(f.limit)}`);
  }
  process.exit(1);
}
console.log(`\nAll ${rows.length - 1} pages within budget (gzip level 9).`);
