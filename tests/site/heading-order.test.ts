// Every page's headings descend one level at a time from its one h1 (WCAG 1.3.1, 2.4.6: a screen reader's list of
// headings is the page's outline; a skipped level reads as a missing section). The search dialog waits in a
// <template> with a heading of its own, outside the page until it opens, so it is left out.
import { describe, expect, test } from 'vitest';
import { allPages, readPage } from './html.ts';

/** The levels of a page's headings in document order, outside <template>. */
function headingLevels(html: string): number[] {
  const page = html.replace(/<template\b[\s\S]*?<\/template>/gi, '').replace(/<!--[\s\S]*?-->/g, '');
  return [...page.matchAll(/<h([1-6])\b/gi)].map((m) => Number(m[1]));
}

/** Where a level is more than one below the heading before it. */
function skips(levels: number[]): string[] {
  return levels.flatMap((l, i) => (i > 0 && l > levels[i - 1]! + 1 ? [`h${levels[i - 1]} then h${l} (heading ${i + 1})`] : []));
}

describe('the heading reader', () => {
  test('finds a skip, and leaves out what waits in a template', () => {
    expect(skips(headingLevels('<template><h2>x</h2></template><h1>a</h1><h2>b</h2><h4>c</h4><h2>d</h2>'))).toEqual(['h2 then h4 (heading 3)']);
    expect(skips(headingLevels('<h1>a</h1><h2>b</h2><h3>c</h3><h2>d</h2>'))).toEqual([]);
  });
});

test.each(allPages())('%s starts at its h1 and never skips a heading level', (path) => {
  const levels = headingLevels(readPage(path));
  expect(levels[0], 'first heading').toBe(1);
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  expect(skips(levels)).toEqual([]);
});
