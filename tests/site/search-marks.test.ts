// Pagefind's data-pagefind-* attributes are for its indexer only: the build drops them from the served pages once the
// index is written (src/cli/drop-pagefind-marks.ts), and the index still holds every guide and check page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { allPages, DIST, readPage } from './html.ts';

test('no served page carries a Pagefind attribute', () => {
  const marked = allPages().filter((p) => /<[a-z][^>]*\sdata-pagefind-/i.test(readPage(p)));
  expect(marked).toEqual([]);
});

test('the search index holds every guide and every check page, and nothing else', () => {
  const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const indexable = allPages().filter((p) => /^\/(guides|checks)\/[^/]+\/$/.test(p));
  expect(indexable.length).toBeGreaterThan(20);
  expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(indexable.length);
});
