import { expect, test } from 'vitest';
import { buildToc } from '../../src/lib/toc.ts';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug });

test('nests h3 headings under the h2 before them', () => {
  expect(buildToc([h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b')])).toEqual([
    { slug: 'a', text: 'a', children: [{ slug: 'a1', text: 'a1', children: [] }, { slug: 'a2', text: 'a2', children: [] }] },
    { slug: 'b', text: 'b', children: [] },
  ]);
});

test('leaves out h1 and headings deeper than h3', () => {
  expect(buildToc([h(1, 'title'), h(2, 'a'), h(4, 'deep'), h(5, 'deeper')])).toEqual([{ slug: 'a', text: 'a', children: [] }]);
});

test('keeps an h3 that comes before any h2 at the top level', () => {
  expect(buildToc([h(3, 'early'), h(2, 'a')]).map((i) => i.slug)).toEqual(['early', 'a']);
});

test('returns an empty list for a page without headings', () => {
  expect(buildToc([])).toEqual([]);
});
