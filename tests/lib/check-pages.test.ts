import { expect, test } from 'vitest';
import { checkIntroduction, guidesFor, readyChecks } from '../../src/lib/check-pages.ts';
import { fillFigures, SITUATIONS } from '../../src/lib/situations.ts';

const entry = (id: string, built = true) => ({ id, title: `Title ${id}`, intro: `Intro ${id}.`, built });

test('a check gets a page when it is built and the engine knows it, in registry order', () => {
  const registry = [entry('loan'), entry('rmd', false), entry('rollover'), entry('loss')];
  expect(readyChecks(registry, ['loss', 'loan', 'rmd']).map((c) => c.id)).toEqual(['loan', 'loss']);
});

test('the guides for a check are those whose front matter lists it', () => {
  const guides = [
    { id: 'a', data: { checks: ['loan', 'early-withdrawal'] } },
    { id: 'b', data: {} },
    { id: 'c', data: { checks: ['early-withdrawal'] } },
  ];
  expect(guidesFor(guides, 'early-withdrawal').map((g) => g.id)).toEqual(['a', 'c']);
  expect(guidesFor(guides, 'rmd')).toEqual([]);
});

test('a check without its own introduction gets one built from its one-line intro', () => {
  expect(checkIntroduction('not-written-yet', 'Intro rmd.')).toBe(
    'Intro rmd. The check runs the same rules the guides explain, on your own numbers, and shows every step with its source.',
  );
});

test('a check with its own introduction uses it', () => {
  expect(checkIntroduction('loan', 'ignored')).toMatch(/^Borrowing from your 401\(k\)/);
});

test('the home page situations are the six the readers start from, in order', () => {
  expect(SITUATIONS.map((s) => s.heading)).toEqual([
    'I want to take money out',
    'I left my job',
    'I’m {rmdAge} or older',
    'I’m deciding how much to contribute',
    'My account lost value',
    'I need a loan',
  ]);
});

test('figures fill their placeholders and a missing one stops the build', () => {
  expect(fillFigures('at {a} or {b}', { a: '73', b: '75' })).toBe('at 73 or 75');
  expect(() => fillFigures('at {c}', { a: '73' })).toThrow('no figure for {c}');
});
