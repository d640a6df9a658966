// In the browser, each check's entry provides only the figures its rules read (src/lib/check-figures.ts) to
// src/data/figure-registry.ts, in place of src/data/figures.ts and its every table. This runs each check so: the
// registry holding that check's tables alone, its answers held to those of the all-checks `evaluate` (every figure
// table) over the scenarios, the check's example request and a seeded sample of plausible and hostile requests.
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { CHECK_IDS, defaultRequest, evaluate, type CheckId } from '../../src/engine/index.ts';
import { figuresReadBy } from '../../src/lib/check-figures.ts';
import { sampleRequests } from '../fuzz/requests.ts';
import { scenarioRequests } from '../scenarios/requests.ts';

const scenarios = scenarioRequests();
const sample = sampleRequests([2201, 2202], 1500);

/** The check's own `evaluate`, run on a fresh registry that holds only the tables the check's entry provides. */
async function onOwnTables(id: CheckId): Promise<(request: unknown) => unknown> {
  vi.resetModules();
  vi.doMock('../../src/data/figures.ts', () => import('../../src/data/figure-registry.ts'));
  const registry = await import('../../src/data/figure-registry.ts');
  registry.provideFigures(figuresReadBy(join(import.meta.dirname, `../../src/engine/entries/${id}.ts`)));
  const entry = (await import(`../../src/engine/entries/${id}.ts`)) as { evaluate: (request: unknown) => unknown };
  vi.doUnmock('../../src/data/figures.ts');
  return entry.evaluate;
}

describe('each check on only the figures it reads', () => {
  test('a check that reads no year figure gets none: the loss check reads the wash-sale window, a cross-year rule', () => {
    const t = figuresReadBy(join(import.meta.dirname, '../../src/engine/entries/loss.ts'));
    expect(Object.keys(t.rules)).toContain('wash-sale-window-days');
    expect(t.years.map((y) => Object.keys(y.figures).length)).toEqual([0, 0, 0]);
    expect(t.years.map((y) => y.year)).toEqual([2024, 2025, 2026]);
  });

  test.each(CHECK_IDS.map((id) => [id]))('%s answers as evaluate does with its own tables alone', async (id) => {
    const own = await onOwnTables(id as CheckId);
    const requests = [defaultRequest(id as CheckId), ...scenarios, ...sample].filter((r) => r.check === id);
    expect(requests.length).toBeGreaterThan(100);
    for (const [i, r] of requests.entries()) expect(own(r), `request ${i}`).toEqual(evaluate(r));
  });
});
