// The light and dark themes differ in colours only. Colours come from light-dark() (which yields nothing but a
// colour), and a rule that applies in one theme only — its selector names data-theme, or it sits inside a
// prefers-color-scheme query — sets colour properties and nothing else. That is what lets the browser tests check a
// second theme with axe's colour rules alone (tests/harness/axe.ts COLOUR_RULES): every other rule sees the same
// layout and the same DOM in both.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { allPages, DIST, readPage } from './html.ts';

/** Properties a theme may change: colours, and the colour scheme form controls are drawn in. */
const COLOUR_PROPERTIES = new Set([
  'color-scheme', 'color', 'background-color', 'border-color', 'border-top-color', 'border-right-color',
  'border-bottom-color', 'border-left-color', 'outline-color', 'text-decoration-color', 'caret-color', 'accent-color',
  'fill', 'stroke', 'box-shadow',
]);

/** The theme switch's pressed button is bold as well as shaded: a different button in each theme, one at a time. */
const SWITCH_PROPERTIES = new Set(['font-weight', 'background']);

interface Rule {
  media: string[];
  selector: string;
  declarations: [property: string, value: string][];
}

/** Style rules of a (minified or not) style sheet, each with the at-rule conditions around it. */
function styleRules(css: string): Rule[] {
  const rules: Rule[] = [];
  const src = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let i = 0;
  const walk = (media: string[]): void => {
    while (i < src.length) {
      const open = src.indexOf('{', i);
      const close = src.indexOf('}', i);
      if (close !== -1 && (open === -1 || close < open)) {
        i = close + 1;
        return;
      }
      if (open === -1) return;
      const head = src.slice(i, open).trim().replace(/^;+/, '').trim();
      i = open + 1;
      if (head.startsWith('@') && /^@(media|supports|layer|container|scope|starting-style)\b/.test(head)) {
        walk([...media, head]);
        continue;
      }
      // A style rule (or @font-face, @page, @keyframes frames): its body up to the matching brace.
      let depth = 1;
      let j = i;
      for (; j < src.length && depth > 0; j++) {
        if (src[j] === '{') depth++;
        else if (src[j] === '}') depth--;
      }
      const body = src.slice(i, j - 1);
      i = j;
      if (head.startsWith('@keyframes')) continue;
      rules.push({ media, selector: head, declarations: declarations(body) });
    }
  };
  walk([]);
  return rules;
}

function declarations(body: string): [string, string][] {
  const out: [string, string][] = [];
  let depth = 0;
  let start = 0;
  const push = (part: string) => {
    const colon = part.indexOf(':');
    if (colon > 0) out.push([part.slice(0, colon).trim().toLowerCase(), part.slice(colon + 1).trim()]);
  };
  for (let k = 0; k < body.length; k++) {
    const ch = body[k];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ';' && depth === 0) {
      push(body.slice(start, k));
      start = k + 1;
    }
  }
  push(body.slice(start));
  return out;
}

/** Every style sheet the site serves, and every page's own <style> blocks. */
function siteStyles(): { where: string; css: string }[] {
  const dir = join(DIST, '_astro');
  const files = readdirSync(dir).filter((f) => f.endsWith('.css'));
  const sheets = files.map((f) => ({ where: `/_astro/${f}`, css: readFileSync(join(dir, f), 'utf8') }));
  const inline = allPages().flatMap((path) =>
    [...readPage(path).matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => ({ where: path, css: m[1]! })),
  );
  return [...sheets, ...inline];
}

const themed = (r: Rule) => /data-theme(?!-choice)/.test(r.selector) || r.media.some((m) => /prefers-color-scheme/.test(m));

describe('the CSS parser this test relies on', () => {
  test('finds rules inside media queries with their conditions, and declarations with parentheses', () => {
    const rules = styleRules(
      'a{color:red}@media (prefers-color-scheme:dark){:root{--x:light-dark(#fff,#000);margin:0}}b{background:url(a;b.png)}',
    );
    expect(rules).toEqual([
      { media: [], selector: 'a', declarations: [['color', 'red']] },
      { media: ['@media (prefers-color-scheme:dark)'], selector: ':root', declarations: [['--x', 'light-dark(#fff,#000)'], ['margin', '0']] },
      { media: [], selector: 'b', declarations: [['background', 'url(a;b.png)']] },
    ]);
  });

  test('a rule that changes layout in one theme is found', () => {
    const rules = styleRules(":root[data-theme='dark']{color-scheme:dark}:root[data-theme='dark'] .toc{display:none}").filter(themed);
    const bad = rules.flatMap((r) => r.declarations.filter(([p]) => !COLOUR_PROPERTIES.has(p)).map(([p]) => `${r.selector} ${p}`));
    expect(bad).toEqual([":root[data-theme='dark'] .toc display"]);
  });
});

test('a rule for one theme only sets colours (the theme switch’s pressed button may also be bold)', () => {
  const styles = siteStyles();
  expect(styles.length).toBeGreaterThan(0);
  const offending: string[] = [];
  let themedRules = 0;
  for (const { where, css } of styles) {
    for (const rule of styleRules(css).filter(themed)) {
      themedRules++;
      const allowed = (p: string) => COLOUR_PROPERTIES.has(p) || (/data-theme-choice/.test(rule.selector) && SWITCH_PROPERTIES.has(p));
      for (const [property] of rule.declarations) if (!allowed(property)) offending.push(`${where}: ${rule.selector} { ${property} }`);
    }
  }
  // The two color-scheme rules and the switch's pressed look, at least.
  expect(themedRules).toBeGreaterThanOrEqual(3);
  expect(offending).toEqual([]);
});

test('colours that differ by theme come from light-dark(), which yields only a colour', () => {
  const uses = siteStyles().flatMap(({ css }) => styleRules(css).flatMap((r) => r.declarations.filter(([, v]) => v.includes('light-dark('))));
  expect(uses.length).toBeGreaterThan(10);
  // A custom property holding light-dark() can only be used where a colour goes; any other property must be a colour.
  const elsewhere = uses.filter(([p]) => !p.startsWith('--') && !COLOUR_PROPERTIES.has(p) && !/^(background|border|outline|text-decoration)/.test(p));
  expect(elsewhere).toEqual([]);
});
