// Rule figures (limits, rates, caps, thresholds, ages, dates) reach the guides only through <Figure> and the data
// tables, so a new tax year cannot leave a stale number in prose. This test reads every content/*.mdx and fails on
// any digit left in the prose or in the reader-facing front matter (title, description, summary, synonyms) once the
// allowed names below are taken out.
//
// Not scanned, by construction: import lines, the other front-matter fields (dates, order, tax years, source
// titles and URLs), link targets, and the props of author components — <Figure id=… year={2026} />, and the
// requests and titles of <Example>, which are a worked example's inputs, not rule figures (the engine computes
// everything the example shows).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');

/** Names that contain digits but are not rule figures. Keep the list short: it is capped below. */
export const ALLOWED: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /§\s?[\d.]+[A-Za-z0-9().-]*[A-Za-z0-9)]|\bQ&A-\d+/g, why: 'section citations written with §, and the Q&A numbers of regulations' },
  { pattern: /\b\d+[A-Z]?(?:\([A-Za-z0-9]+\))+(?:-\d+)?/g, why: 'plan types and code or regulation sections: 401(k), 457(b), 72(t), 414(v)(7), 1.401(k)-1' },
  { pattern: /\b59½|\b59th birthday/g, why: 'the age 59½, which is the name of a rule, and the birthday it counts from' },
  { pattern: /\b(?:rule of|age) 55 rule|\brule of 55\b|\bage 55 rule\b/gi, why: 'the rule of 55: the name readers know the separation exception by' },
  { pattern: /\b(?:Forms?|Schedule) \d+[A-Z]?(?:-[A-Z]+)?|\b1099-R\b|\bW-(?:2|3|4R|4P)\b|\b8915-F\b/g, why: 'IRS form and schedule names' },
  { pattern: /\b(?:box(?:es)?|code|codes|number|Part|line|chapter) [0-9A-Z]{1,2}[a-z]?(?:(?:,| and| or) [0-9A-Z]{1,2}[a-z]?)*\b/g, why: 'form boxes and lines, publication chapters, 1099-R box 7 codes, W-2 box 12 codes and Form 5329 exception numbers' },
  { pattern: /\b(?:Notice|Rev\. Proc\.|Rev\. Rul\.|T\.D\.) \d{4}-\d+|\bREG-\d{6}-\d{2}\b|\bSECURE 2\.0\b|\bPublic Law \d+-\d+|\b26 (?:U\.S\.C\.|CFR)|\b(?:Topic No\.|Publication|Pub\.) \d+(?:-[A-Z])?/g, why: 'names of notices, rulings, proposed regulations (REG-…), laws, titles of the Code and IRS topics and publications' },
  { pattern: /\b202[4-6]\b/g, why: 'labels of the tax years the site covers, saying which year a figure belongs to (the figure itself comes from data)' },
  { pattern: /\b(?:401k|403b|457b)\b/g, why: 'the plan names as readers type them in search synonyms' },
];
const CAP = 10;

/** Reader-facing text of an MDX file with the allowed and structural parts removed; line numbers are kept. */
export function prose(mdx: string): string {
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  const front = (fm?.[1] ?? '')
    .split('\n')
    .map((l) => (/^(title|description|summary|synonyms):/.test(l) ? l : ''))
    .join('\n');
  let body = fm ? mdx.slice(fm[0].length) : mdx;
  body = body
    .replace(/^import .*$/gm, '')
    // Component elements, self-closing or with children: <Name …/> — their props are ids, years and example inputs.
    .replace(/<[A-Z][A-Za-z]*\b(?:[^>"'{]|"[^"]*"|'[^']*'|\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\})*\/?>/g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/<\/?[a-z][a-z0-9-]*\b[^<>]*>/g, (m) => m.replace(/[^\n]/g, ' ')) // HTML tags: their attributes are markup, not prose
    .replace(/\]\((?:[^()\s]|\([^()\s]*\))*\)/g, ']') // link targets, which may hold one level of parentheses
    .replace(/^([ \t]*)\d+\.(?=[ \t])/gm, '$1  '); // ordered-list markers
  let text = `\n${front}\n\n${body}`; // the two fences become empty lines, so line numbers match the file
  for (const { pattern } of ALLOWED) text = text.replace(pattern, (m) => m.replace(/[^\n]/g, ' '));
  return text;
}

/** Digits left over, as "line: context". */
export function typedFigures(mdx: string): string[] {
  const lines = prose(mdx).split('\n');
  const original = mdx.split('\n');
  const hits: string[] = [];
  lines.forEach((line, i) => {
    for (const m of line.matchAll(/[$]?\d[\d,.%]*/g)) hits.push(`line ${i + 1}: "${m[0]}" in “${(original[i] ?? line).trim().slice(0, 100)}”`);
  });
  return hits;
}

test('the allow-list is short and says why each entry is there', () => {
  console.log(`Allowed names with digits (${ALLOWED.length} of at most ${CAP}):\n${ALLOWED.map((a) => `  ${a.pattern.source}  — ${a.why}`).join('\n')}`);
  expect(ALLOWED.length).toBeLessThanOrEqual(CAP);
  for (const a of ALLOWED) expect(a.why.length).toBeGreaterThan(10);
});

test('flags figures typed into prose and front matter', () => {
  const mdx = `---\ntitle: The 10% tax\norder: 3\n---\nThe limit is $23,500 and the tax is 10%. You must be 55.\n`;
  expect(typedFigures(mdx).map((h) => h.split(':')[0])).toEqual(['line 2', 'line 5', 'line 5', 'line 5']);
});

test('lets names, component props and example inputs through', () => {
  const mdx = [
    '---', 'title: The rule of 55', 'lastReviewed: 2026-11-27', 'synonyms: [72(t) exceptions, 401k loans]', '---',
    "import Figure from '../src/components/content/Figure.astro';",
    'A 401(k) pays out after 59½ (box 7 code 1, Form 5329 Part I, exception number 01, §402(g), W-2 box 12 code AA).',
    'The limit is <Figure id="elective-deferral-limit" year={2026} /> in 2026. See [the rule](/guides/rule-of-55/#x1).',
    "<Example title=\"Leaving at 54\" request={{ check: 'early-withdrawal', amount: 20000, claims: ['medical'] }} />",
    '1. First step',
  ].join('\n');
  expect(typedFigures(mdx)).toEqual([]);
});

const files = readdirSync(CONTENT).filter((f) => f.endsWith('.mdx')).sort();
test.each(files)('content/%s has no rule figure typed into it', (file) => {
  const hits = typedFigures(readFileSync(join(CONTENT, file), 'utf8'));
  expect(hits, `Use <Figure id=… year=… /> or a data table instead:\n${hits.join('\n')}`).toEqual([]);
});
