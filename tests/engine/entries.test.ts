// Each check's own entry (src/engine/entries/<id>.ts, what the browser loads through src/islands/shared/load-check.ts)
// answers exactly as the all-checks `evaluate` does: same result, same errors, same explanation and citations. The
// scenarios hold the hand-worked figures; this holds the two entries to one answer over the scenarios, each check's
// example request and a seeded sample of plausible and hostile requests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHECK_IDS, defaultRequest, evaluate, type CheckId } from '../../src/engine/index.ts';
import { loadCheck as loadWith, type EngineLoaders } from '../../src/islands/shared/load-check.ts';
import { generator } from '../fuzz/requests.ts';
import { sourcesCitedBy } from '../../src/lib/cited-sources.ts';
import { sources } from '../../src/data/sources.ts';

const SCENARIOS = join(import.meta.dirname, '../scenarios');
function scenarioRequests(): Record<string, unknown>[] {
  const files = readdirSync(SCENARIOS, { recursive: true }).map(String).filter((f) => f.endsWith('.json'));
  return files.map((f) => (JSON.parse(readFileSync(join(SCENARIOS, f), 'utf8')) as { request: Record<string, unknown> }).request);
}

/** Seeded requests per check: half plausible, half hostile (wrong types, inherited keys, contradictory dates). */
function sample(perMode: number): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const [mode, seed] of [['plausible', 1201], ['hostile', 1202]] as const) {
    const next = generator(seed, mode);
    for (let i = 0; i < perMode; i++) out.push(next());
  }
  return out;
}

// Each check's entry, as its form module (src/lib/check-form.ts, `engines`) gives the browser's loader.
const ENTRIES = Object.fromEntries(CHECK_IDS.map((id) => [id, () => import(`../../src/engine/entries/${id}.ts`)])) as EngineLoaders;
const loadCheck = <K extends CheckId>(id: K) => loadWith(id, ENTRIES);

const ids = (requests: Record<string, unknown>[]) => requests.filter((r) => (CHECK_IDS as unknown[]).includes(r.check));

describe('each check loads its own entry', () => {
  test('the loader knows every check and no other', async () => {
    for (const id of CHECK_IDS) expect(typeof (await loadCheck(id))).toBe('function');
  });

  test('a check loaded twice is the same function, fetched once', async () => {
    expect(await loadCheck('loss')).toBe(await loadCheck('loss'));
  });

  test.each(CHECK_IDS.map((id) => [id]))('%s answers its example request as evaluate does', async (id) => {
    const own = await loadCheck(id as CheckId);
    const request = defaultRequest(id as CheckId);
    const out = own(request);
    expect(out.ok).toBe(true);
    expect(out).toEqual(evaluate(request));
  });

  test('every scenario gets the same outcome from its check’s own entry', async () => {
    const requests = ids(scenarioRequests());
    expect(requests.length).toBeGreaterThan(100);
    for (const r of requests) expect((await loadCheck(r.check as CheckId))(r), JSON.stringify(r)).toEqual(evaluate(r));
  });

  test('seeded plausible and hostile requests get the same outcome from their check’s own entry', async () => {
    const requests = ids(sample(1500));
    expect(requests.length).toBeGreaterThan(2500);
    for (const [i, r] of requests.entries()) expect((await loadCheck(r.check as CheckId))(r), `request ${i} (${String(r.check)})`).toEqual(evaluate(r));
  });

  test('every citation a check gives is among the sources its own chunk carries', () => {
    const carried = new Map(CHECK_IDS.map((id) => [id, new Set(sourcesCitedBy(join(import.meta.dirname, `../../src/engine/entries/${id}.ts`)))]));
    const missing = new Set<string>();
    for (const r of [...ids(scenarioRequests()), ...ids(sample(1500)), ...CHECK_IDS.map((id) => defaultRequest(id))]) {
      const out = evaluate(r);
      if (!out.ok) continue;
      const own = carried.get(out.check as CheckId)!;
      for (const step of out.explanation) for (const c of step.citations) if (!own.has(c.id)) missing.add(`${out.check}: ${c.id}`);
      // Results cite too (an exception's citations, by id).
      JSON.stringify(out.result, (k, v) => (k === 'citations' && Array.isArray(v) ? (v.forEach((id) => typeof id === 'string' && !own.has(id) && missing.add(`${out.check}: ${id}`)), v) : v));
    }
    expect([...missing]).toEqual([]);
  });

  test('a check that reads few sources carries few: the loss check fewer than a fifth of the registry', () => {
    const loss = sourcesCitedBy(join(import.meta.dirname, '../../src/engine/entries/loss.ts'));
    expect(loss).toContain('irc-1091'); // the wash-sale rule, cited by the loss check
    expect(loss.length).toBeLessThan(Object.keys(sources).length / 5);
  });

  test('an entry refuses a request that is not an object, as evaluate does', async () => {
    const own = await loadCheck('loss');
    for (const bad of [null, 7, 'loss', [], undefined]) expect(own(bad)).toEqual({ ok: false, errors: [{ field: 'request', message: 'The request must be a JSON object.' }] });
  });

  test('an entry refuses a request for another check on its check field', async () => {
    const out = (await loadCheck('loss'))({ check: 'rmd' });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors.map((e) => e.field)).toContain('check');
  });
});
