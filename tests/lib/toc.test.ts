import { expect, test } from 'vitest';
import { buildToc, withChecks } from '../../src/lib/toc.ts';

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

const item = (slug: string) => ({ slug, text: slug, children: [] });
const check = (id: string) => ({ slug: `check-${id}`, text: `Check ${id}` });

test('puts embedded checks before the closing Related section, in the order given', () => {
  const toc = [item('a'), item('b'), item('related-guides')];
  expect(withChecks(toc, [check('loan'), check('early-withdrawal')]).map((i) => i.slug)).toEqual([
    'a',
    'b',
    'check-loan',
    'check-early-withdrawal',
    'related-guides',
  ]);
});

test('puts embedded checks at the end when there is no Related section', () => {
  expect(withChecks([item('a'), item('b')], [check('loss')]).map((i) => i.slug)).toEqual(['a', 'b', 'check-loss']);
});

test('uses the last Related section when a guide has two', () => {
  const toc = [item('related-rules'), item('b'), item('related')];
  expect(withChecks(toc, [check('loss')]).map((i) => i.slug)).toEqual(['related-rules', 'b', 'check-loss', 'related']);
});

test('leaves a guide without checks as it is', () => {
  const toc = [item('a'), item('related')];
  expect(withChecks(toc, [])).toEqual(toc);
});

test('a check entry is a top-level entry with its title and no children', () => {
  expect(withChecks([], [check('loan')])).toEqual([{ slug: 'check-loan', text: 'Check loan', children: [] }]);
});
