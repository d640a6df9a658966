/**
 * `npm run --silent whatif < request.json` prints the engine's JSON result (exit 0) or its errors (exit 1).
 * `npm run --silent whatif -- --schema` prints the JSON Schema of every request; `--help` prints the usage.
 * Exit codes: 0 result, 1 the engine refused the request, 2 a usage error, 3 the output could not be written.
 * The process never calls `process.exit()` after writing: it sets `process.exitCode` and lets Node flush stdout, so
 * output larger than a pipe's buffer (the schema is over 40 kB) reaches the reader whole.
 */
import { readFileSync } from 'node:fs';
import { evaluate, requestSchemas } from '../engine/index.ts';

const USAGE = `Usage:
  npm run --silent whatif < request.json     evaluate one request (JSON on standard input)
  npm run --silent whatif -- --schema        print the JSON Schema of every request
  npm run --silent whatif -- --help          print this help
Exit status: 0 result, 1 the request was refused (errors name their fields), 2 usage error, 3 output not written.
`;

/** Writes all of `text` to stdout; a failed write (a closed pipe, a full disk) sets exit code 3. */
function write(text: string, code: number): void {
  process.exitCode = code;
  process.stdout.on('error', () => {
    process.exitCode = 3;
  });
  process.stdout.write(text, (err) => {
    if (err) process.exitCode = 3;
  });
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function main(args: string[]): void {
  const unknown = args.filter((a) => a !== '--schema' && a !== '--help' && a !== '-h');
  if (unknown.length) {
    process.stderr.write(`whatif: unknown option ${unknown.map((a) => `“${a}”`).join(', ')}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (args.includes('--help') || args.includes('-h')) return write(USAGE, 0);
  if (args.includes('--schema')) return write(json(requestSchemas()), 0);
  if (process.stdin.isTTY) {
    process.stderr.write(`whatif: give the request on standard input.\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  let request: unknown;
  try {
    // A UTF-8 byte-order mark, as some editors write, is not part of the JSON.
    request = JSON.parse(readFileSync(0, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    return write(json({ ok: false, errors: [{ field: 'request', message: `The input is not valid JSON: ${(e as Error).message}` }] }), 1);
  }
  const outcome = evaluate(request);
  write(json(outcome), outcome.ok ? 0 : 1);
}

main(process.argv.slice(2));
