import { describe, expect, test } from 'vitest';
import { breadcrumbs, buildSidebar, checkHref, guideHref, prevNext, readingOrder, SITE_SECTIONS, sectionCurrent, type NavGuide } from '../../src/lib/nav.ts';

const g = (id: string, topic: NavGuide['data']['topic'], order: number, title = id): NavGuide => ({ id, data: { title, topic, order } });

const guides = [
  g('roth-b', 'roth', 2),
  g('basics-b', 'basics', 2, 'Beta'),
  g('roth-a', 'roth', 1),
  g('basics-a', 'basics', 2, 'Alpha'),
  g('intro', 'basics', 1),
  g('rmd', 'rmds', 1),
];

describe('reading order', () => {
  test('sorts by topic order, then order, then title', () => {
    expect(readingOrder(guides).map((x) => x.id)).toEqual(['intro', 'basics-a', 'basics-b', 'roth-a', 'roth-b', 'rmd']);
  });

  test('does not reorder its input', () => {
    const copy = [...guides];
    readingOrder(guides);
    expect(guides).toEqual(copy);
  });
});

describe('sidebar', () => {
  test('groups guides by topic in topic order and leaves out empty topics', () => {
    const groups = buildSidebar(guides);
    expect(groups.map((x) => x.topic)).toEqual(['basics', 'roth', 'rmds']);
    expect(groups[0]!.label).toBe('Basics');
    expect(groups[0]!.links.map((l) => l.href)).toEqual(['/guides/intro/', '/guides/basics-a/', '/guides/basics-b/']);
  });

  test('marks only the current guide', () => {
    const current = buildSidebar(guides, 'roth-a')
      .flatMap((x) => x.links)
      .filter((l) => l.current);
    expect(current.map((l) => l.id)).toEqual(['roth-a']);
  });
});

describe('previous and next', () => {
  test('link across topic boundaries', () => {
    expect(prevNext(guides, 'basics-b')).toEqual({
      prev: { label: 'Alpha', href: '/guides/basics-a/' },
      next: { label: 'roth-a', href: '/guides/roth-a/' },
    });
  });

  test('has no previous link on the first guide and no next link on the last', () => {
    expect(prevNext(guides, 'intro').prev).toBeUndefined();
    expect(prevNext(guides, 'rmd').next).toBeUndefined();
  });

  test('throws for an unknown guide', () => {
    expect(() => prevNext(guides, 'missing')).toThrow(/missing/);
  });
});

test('breadcrumbs go home, to the guide index and to the topic section', () => {
  expect(breadcrumbs(g('roth-a', 'roth', 1), 'Roth 401(k)')).toEqual([
    { label: 'Home', href: '/' },
    { label: 'Guides', href: '/guides/' },
    { label: 'Roth 401(k)', href: '/guides/#topic-roth' },
  ]);
});

test('guide links end in a slash, matching the built directory pages', () => {
  expect(guideHref('what-is-a-401k')).toBe('/guides/what-is-a-401k/');
});

describe('site sections', () => {
  test('the header names Guides, Checks and Search in that order', () => {
    expect(SITE_SECTIONS.map((x) => [x.label, x.href])).toEqual([
      ['Guides', '/guides/'],
      ['Checks', '/checks/'],
      ['Search', '/search/'],
    ]);
  });

  test('a section is the current page on its own index', () => {
    expect(sectionCurrent('/checks/', '/checks/')).toBe('page');
    expect(sectionCurrent('/checks/', '/checks')).toBe('page');
  });

  test('a section is the current location on a page inside it', () => {
    expect(sectionCurrent('/checks/', '/checks/loan/')).toBe('true');
    expect(sectionCurrent('/guides/', '/guides/rule-of-55/')).toBe('true');
  });

  test('a section is not current elsewhere, even under a path that starts with its name', () => {
    expect(sectionCurrent('/checks/', '/')).toBeUndefined();
    expect(sectionCurrent('/checks/', '/guides/loan/')).toBeUndefined();
    expect(sectionCurrent('/guides/', '/guides-old/')).toBeUndefined();
  });

  test('a check page lives under /checks/', () => {
    expect(checkHref('early-withdrawal')).toBe('/checks/early-withdrawal/');
  });
});
