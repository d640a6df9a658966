import { describe, expect, test } from 'vitest';
import { fullTitle, ogType, pageMeta, SITE_NAME } from '../../src/lib/meta.ts';

const site = new URL('https://guide.example.org');

describe('pageMeta', () => {
  test('builds the canonical URL from the site URL and the page path', () => {
    const meta = pageMeta({ title: 'Rule of 55', description: 'd', pathname: '/guides/rule-of-55/', site });
    expect(meta.canonical).toBe('https://guide.example.org/guides/rule-of-55/');
  });

  test('writes the OpenGraph title, description, URL, type and site name', () => {
    const meta = pageMeta({ title: 'Rule of 55', description: 'Leaving your job at 55.', pathname: '/guides/rule-of-55/', site });
    expect(Object.fromEntries(meta.og)).toEqual({
      'og:title': 'Rule of 55',
      'og:description': 'Leaving your job at 55.',
      'og:url': 'https://guide.example.org/guides/rule-of-55/',
      'og:type': 'article',
      'og:site_name': SITE_NAME,
      'og:locale': 'en_US',
    });
  });

  test('leaves out the canonical URL and og:url when no site URL is set', () => {
    const meta = pageMeta({ title: 'x', description: 'd', pathname: '/', site: undefined });
    expect(meta.canonical).toBeUndefined();
    expect(meta.og.map(([p]) => p)).not.toContain('og:url');
  });
});

test('gives a page kept out of search engines no canonical URL', () => {
  const meta = pageMeta({ title: 'Page not found', description: 'd', pathname: '/404/', site, noindex: true });
  expect(meta.canonical).toBeUndefined();
  expect(meta.og.map(([p]) => p)).not.toContain('og:url');
});

describe('ogType', () => {
  test('calls a guide reading page an article', () => {
    expect(ogType('/guides/early-withdrawals/')).toBe('article');
  });

  test('calls the home page, the guide list and the tools website pages', () => {
    for (const path of ['/', '/guides/', '/checks/', '/search/']) expect(ogType(path), path).toBe('website');
  });
});

describe('fullTitle', () => {
  test('adds the site name after a page title', () => {
    expect(fullTitle('Rule of 55')).toBe(`Rule of 55 | ${SITE_NAME}`);
  });

  test('leaves the home page title alone', () => {
    expect(fullTitle(SITE_NAME)).toBe(SITE_NAME);
  });
});
