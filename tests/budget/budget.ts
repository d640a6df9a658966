// `npm run budget`: prints what every built page costs on load and fails on a breach of BUDGETS
// (tests/budget/measure.ts). Run after `npm run build`.
import { existsSync } from 'node:fs';
import { DIST_DIR, enumeratePages } from '../harness/pages.ts';
import { breaches, budgetFor, measurePage, missedTargets, TARGETS, type Breach } from './measure.ts';

const dist = DIST_DIR;
if (!existsSync(dist)) {
  console.error(`budget: ${dist} does not exist. Build the site first: npm run build`);
  process.exit(1);
}

const kb = (n: number) => `${(n / 1024).toFixed(2)} kB`;
const rows: string[][] = [['page', 'kind', 'HTML gz', 'CSS gz', 'JS gz', 'requests', 'elements', 'islands', 'props max']];
const failures: Breach[] = [];
const missed: string[] = [];

for (const path of enumeratePages(dist)) {
  const page = measurePage(dist, path);
  const budget = budgetFor(page);
  rows.push([path, budget.kind, kb(page.htmlGz), kb(page.cssGz), kb(page.jsGz), String(page.requests), String(page.elements), String(page.islands), page.islands ? `${Math.max(...page.islandProps)} B` : '']);
  failures.push(...breaches(page, budget));
  for (const { target, value } of missedTargets(page)) {
    const show = (n: number) => (target.unit === 'kB' ? kb(n) : `${n}${target.unit ? ` ${target.unit}` : ''}`);
    missed.push(`  ${path}: ${target.what} ${show(value)} > ${show(target.limit)}${target.enforced ? '' : ' (target, not yet enforced)'}`);
    if (target.enforced) failures.push({ path, kind: target.what, what: 'HTML', bytes: value, limit: target.limit });
  }
}

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const [i, row] of rows.entries()) {
  console.log(row.map((cell, c) => (c === 0 || c === 1 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}

if (missed.length > 0) console.log(`\nTargets missed (${TARGETS.filter((t) => !t.enforced).length} of ${TARGETS.length} not yet enforced):\n${missed.join('\n')}`);

if (failures.length > 0) {
  console.error('\nOver budget:');
  for (const f of failures) console.error(`  ${f.path} (${f.kind}): ${f.what} ${kb(f.bytes)} > ${kb(f.limit)}`);
  process.exit(1);
}
console.log(`\nAll ${rows.length - 1} pages within budget (gzip level 9).`);
