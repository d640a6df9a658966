// The golden scenario runner: every tests/scenarios/**/*.json file is one case, worked by hand from a cited source.
//
// Format (one object per file):
//   {
//     "name": "a plain sentence saying what the case shows",
//     "source": "pinpoint citation (IRC section, regulation Q&A, Rev. Proc. section, IRS page)",
//     "arithmetic": "the hand-worked arithmetic that gives the expected values",
//     "request": { "check": "...", ... },
//     "expect": { "dotted.path": value, ... }
//   }
// Paths in `expect` are read from the outcome's `result` (`taxableAmount`, `withholding.amount`, `brackets.0.tax`).
// A segment may select an array element by a field: `exceptions[id=emergency].covers`.
// `"ok": false` with `"errors": ["field", ...]` (or `[{ "field": "...", "message": "part of the text" }]`) expects the
// request to be refused with errors on exactly those fields (each listed field appears; extra errors fail the case).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

type ExpectedError = string | { field: string; message?: string };
type Scenario = {
  name: string;
  source: string;
  arithmetic: string;
  request: Record<string, unknown>;
  expect: Record<string, unknown> & { ok?: boolean; errors?: ExpectedError[] };
};

function scenarioFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? scenarioFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : []))
    .sort();
}

/** Reads a dotted path; `name[key=value]` picks the array element whose `key` equals `value`. */
function readPath(value: unknown, path: string): unknown {
  let cur: unknown = value;
  for (const segment of path.split('.')) {
    const m = /^([^[\]]*)\[([^=\]]+)=([^\]]*)\]$/.exec(segment);
    if (m) {
      const list = m[1] ? (cur as Record<string, unknown> | undefined)?.[m[1]] : cur;
      if (!Array.isArray(list)) return undefined;
      cur = list.find((x) => x && typeof x === 'object' && String((x as Record<string, unknown>)[m[2]!]) === m[3]);
    } else {
      if (cur === null || typeof cur !== 'object') return undefined;
      cur = (cur as Record<string, unknown>)[segment];
    }
  }
  return cur;
}

const files = scenarioFiles(root);

test('finds the scenario files', () => {
  expect(files.length).toBeGreaterThan(0);
});

describe.each(files.map((f) => [relative(root, f), f] as const))('%s', (_label, file) => {
  const scenario = JSON.parse(readFileSync(file, 'utf8')) as Scenario;

  test('is a well-formed scenario with a name, a source and its arithmetic', () => {
    expect(Object.keys(scenario).sort()).toEqual(['arithmetic', 'expect', 'name', 'request', 'source']);
    for (const key of ['name', 'source', 'arithmetic'] as const) {
      expect(typeof scenario[key], key).toBe('string');
      expect(scenario[key].trim().length, key).toBeGreaterThan(10);
    }
    expect(typeof scenario.request).toBe('object');
    expect(typeof scenario.request.check).toBe('string');
    expect(Object.keys(scenario.expect).length).toBeGreaterThan(0);
  });

  test(scenario.name, () => {
    const out = evaluate(scenario.request);
    const { ok: expectOk, errors: expectErrors, ...paths } = scenario.expect;
    if (expectOk === false) {
      expect(out.ok).toBe(false);
      if (out.ok) return;
      const wanted = (expectErrors ?? []).map((e) => (typeof e === 'string' ? { field: e } : e));
      expect([...new Set(out.errors.map((e) => e.field))].sort()).toEqual([...new Set(wanted.map((e) => e.field))].sort());
      for (const w of wanted) {
        if (w.message) expect(out.errors.filter((e) => e.field === w.field).map((e) => e.message).join(' ')).toContain(w.message);
      }
      return;
    }
    if (!out.ok) throw new Error(`expected ok, got errors: ${JSON.stringify(out.errors)}`);
    for (const [path, value] of Object.entries(paths)) {
      expect(readPath(out.result, path), path).toEqual(value);
    }
  });
});
