/**
 * `npm run --silent whatif < request.json` prints the engine's JSON result (exit 0) or its errors (exit 1).
 * `npm run --silent whatif -- --schema` prints the JSON Schema of every request.
 */
import { readFileSync } from 'node:fs';
import { evaluate, requestSchemas } from '../engine/index.ts';

if (process.argv.includes('--schema')) {
  process.stdout.write(`${JSON.stringify(requestSchemas(), null, 2)}\n`);
  process.exit(0);
}
let request: unknown;
try {
  request = JSON.parse(readFileSync(0, 'utf8'));
} catch (e) {
  process.stdout.write(`${JSON.stringify({ ok: false, errors: [{ field: '', message: `The input is not valid JSON: ${(e as Error).message}` }] }, null, 2)}\n`);
  process.exit(1);
}
const outcome = evaluate(request);
process.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
process.exit(outcome.ok ? 0 : 1);
