// The preload helper the build serves in place of Vite's (src/islands/shared/preload.ts): it asks for each chunk a
// dynamic import needs, once, with a module preload link under the site's base, then loads the chunk.
import { afterEach, expect, test } from 'vitest';
import { preload } from '../../src/islands/shared/preload.ts';

type FakeLink = { rel: string; href: string };
const appended: FakeLink[] = [];
(globalThis as { document?: unknown }).document = {
  createElement: (tag: string) => (tag === 'link' ? { rel: '', href: '' } : undefined),
  head: { append: (l: FakeLink) => appended.push(l) },
};
afterEach(() => void appended.splice(0));

test('asks for every dependency with a module preload link, then loads the chunk', async () => {
  const loaded = await preload(() => Promise.resolve('chunk'), ['_astro/a-first.js', '_astro/b-first.js']);
  expect(loaded).toBe('chunk');
  // The site's base is "/" (astro.config.mjs sets none), so "_astro/a-first.js" is asked for at "/_astro/a-first.js".
  expect(appended).toEqual([
    { rel: 'modulepreload', href: '/_astro/a-first.js' },
    { rel: 'modulepreload', href: '/_astro/b-first.js' },
  ]);
});

test('asks for a dependency two imports share only once', async () => {
  await preload(() => Promise.resolve(1), ['_astro/shared-once.js', '_astro/c-once.js']);
  await preload(() => Promise.resolve(2), ['_astro/shared-once.js', '_astro/d-once.js']);
  expect(appended.map((l) => l.href)).toEqual(['/_astro/shared-once.js', '/_astro/c-once.js', '/_astro/d-once.js']);
});

test('loads a chunk with no dependencies listed without touching the document', async () => {
  expect(await preload(() => Promise.resolve('alone'))).toBe('alone');
  expect(appended).toEqual([]);
});

test('passes a failed load on to the caller', async () => {
  await expect(preload(() => Promise.reject(new Error('offline')), ['_astro/e-fail.js'])).rejects.toThrow('offline');
});
