/**
 * Seeded, bounded fuzz run of the engine (`npm run fuzz`; not part of `npm test`). It evaluates FUZZ_N requests
 * (default 100,000; half plausible, half hostile) built from each check's JSON Schema, and prints the counts the engine
 * promises are zero: throws, internal errors, errors without a field name, non-finite numbers, negative zeros (as a
 * number or printed "-$0"). Exits 1 when any is not zero. FUZZ_SEED replays a run.
 */
import { evaluate } from '../../src/engine/index.ts';
import { generator } from './requests.ts';

const N = Number(process.env.FUZZ_N ?? 100_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);

const counts = { requests: 0, ok: 0, refused: 0, throws: 0, internalErrors: 0, emptyFieldNames: 0, nonFinite: 0, negativeZero: 0 };
const firstBad: string[] = [];

/** Visits every number and string in a value (bounded depth: results are shallow). */
function scan(value: unknown, depth: number, onNumber: (n: number) => void, onString: (s: string) => void): void {
  if (depth > 20) return;
  if (typeof value === 'number') onNumber(value);
  else if (typeof value === 'string') onString(value);
  else if (Array.isArray(value)) for (const v of value) scan(v, depth + 1, onNumber, onString);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) scan(v, depth + 1, onNumber, onString);
}

const NEGATIVE_ZERO_TEXT = /[-−]\$0(?![.,]?\d*[1-9])/;
function record(kind: keyof typeof counts, request: unknown): void {
  counts[kind]++;
  if (firstBad.length < 5) firstBad.push(`${kind}: ${JSON.stringify(request).slice(0, 300)}`);
}

const t0 = performance.now();
for (const [mode, seed] of [['plausible', SEED], ['hostile', SEED + 1]] as const) {
  const next = generator(seed, mode);
  for (let i = 0; i < N / 2; i++) {
    const request = next();
    counts.requests++;
    let out: ReturnType<typeof evaluate>;
    try {
      out = evaluate(request);
    } catch {
      record('throws', request);
      continue;
    }
    if (out.ok) {
      counts.ok++;
      let nonFinite = false;
      let negZero = false;
      scan([out.result, out.explanation], 0, (n) => { if (!Number.isFinite(n)) nonFinite = true; else if (Object.is(n, -0)) negZero = true; }, (s) => { if (NEGATIVE_ZERO_TEXT.test(s)) negZero = true; });
      if (nonFinite) record('nonFinite', request);
      if (negZero) record('negativeZero', request);
    } else {
      counts.refused++;
      if (out.errors.some((e) => e.field === '')) record('emptyFieldNames', request);
      if (out.errors.some((e) => /Internal error/.test(e.message))) record('internalErrors', request);
    }
  }
}
const ms = performance.now() - t0;
console.log(`engine fuzz, seed ${SEED}: ${counts.requests.toLocaleString('en-US')} requests in ${(ms / 1000).toFixed(1)} s (${counts.ok.toLocaleString('en-US')} answered, ${counts.refused.toLocaleString('en-US')} refused with field errors)`);
console.log(`${counts.throws} throws, ${counts.internalErrors} internal errors, ${counts.emptyFieldNames} empty field names, ${counts.nonFinite} NaN or infinite numbers, ${counts.negativeZero} "-0"`);
for (const b of firstBad) console.log(`  ${b}`);
if (counts.throws + counts.internalErrors + counts.emptyFieldNames + counts.nonFinite + counts.negativeZero > 0) process.exitCode = 1;
