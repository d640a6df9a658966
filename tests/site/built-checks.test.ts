// The checks as the browser runs them: each check's built chunk (dist/_astro, found through the check loader's table)
// imported as it was shipped and held to the all-checks `evaluate` over every scenario, each check's example request and
// a seeded sample of plausible and hostile requests. The build gives each chunk only its own figures and sources, the
// exception catalog as the data it evaluates to and its sentences filled in (src/lib/check-figures.ts,
// src/lib/cited-sources.ts); this is where a difference those make would show.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CHECK_IDS, defaultRequest, evaluate, type CheckId } from '../../src/engine/index.ts';
import { CHECK_ISLANDS } from '../../src/islands/registry.ts';
import { checkChunks } from '../budget/measure.ts';
import { sampleRequests } from '../fuzz/requests.ts';
import { scenarioRequests } from '../scenarios/requests.ts';
import { DIST } from './html.ts';

const scenarios = scenarioRequests();
const sample = sampleRequests([3201, 3202], 2000);

const chunks = checkChunks(DIST);
// The checks the browser runs: each has an island, whose form module loads the check's own chunk (src/lib/check-form.ts).
const BROWSER_CHECKS = CHECK_IDS.filter((id) => CHECK_ISLANDS.some((c) => c.id === id));

// The built chunks take the preload helper from the page script that opens the checks (open-cards.ts, one chunk with
// it), and that script looks for check cards and check pages in the document as it loads. In Node there is no page:
// a document with no elements lets it find none, as on a page without checks (the helper is not called here: the
// chunks are read from disk).
(globalThis as { document?: unknown }).document ??= { querySelectorAll: () => [], createElement: () => ({}) };

describe('each check as built for the browser', () => {
  test('the loaders name a built chunk for every check with an island', () => {
    expect(BROWSER_CHECKS.length).toBeGreaterThan(8);
    expect([...chunks.keys()].filter((id) => (CHECK_IDS as string[]).includes(id)).sort()).toEqual([...BROWSER_CHECKS].sort());
  });

  test.each(BROWSER_CHECKS.map((id) => [id]))('%s answers as evaluate does, from its built chunk', async (id) => {
    const chunk = chunks.get(id)!;
    const built = (await import(pathToFileURL(resolve(DIST, `.${chunk}`)).href)) as { evaluate: (request: unknown) => unknown };
    const requests = [defaultRequest(id as CheckId), ...scenarios, ...sample].filter((r) => r.check === id);
    expect(requests.length).toBeGreaterThan(100);
    for (const [i, r] of requests.entries()) expect(built.evaluate(r), `request ${i}`).toEqual(evaluate(r));
  });
});
