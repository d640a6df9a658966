// The `whatif` command through real pipes, as a reader's shell runs it: whole output however long, exit codes that
// say what happened, usage errors for unknown options, help without waiting for input, a byte-order mark accepted.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const whatif = fileURLToPath(new URL('../../src/cli/whatif.ts', import.meta.url));
const node = process.execPath;

/** Runs a bash pipeline in which `W` is the whatif command; the script exits with the status it wants to test. */
function pipeline(script: string, input = '') {
  const r = spawnSync('bash', ['-c', `W() { "$NODE" "$WHATIF" "$@"; }; ${script}`], { input, encoding: 'utf8', env: { ...process.env, NODE: node, WHATIF: whatif } });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const request = JSON.stringify({ check: 'federal-tax', taxYear: 2026, filingStatus: 'single', income: 60000 });

// Each test starts a Node process that loads the whole engine: seconds on a busy machine, so a generous timeout.
describe('whatif', { timeout: 30_000 }, () => {
  test('writes the whole schema into a pipe whose reader is slow to start', () => {
    const r = pipeline('W --schema | (sleep 0.5; cat)');
    expect(r.stdout.length).toBeGreaterThan(40_000);
    const schema = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(schema)).toContain('early-withdrawal');
  });

  test('exits 0 with the result for a good request, and 1 with field errors for a refused one', () => {
    const good = pipeline('W | cat; exit ${PIPESTATUS[0]}', request);
    expect(good.status).toBe(0);
    // 2026, single: $60,000 − $16,100 standard deduction = $43,900 taxable (Rev. Proc. 2025-32).
    expect(JSON.parse(good.stdout).result.taxableIncome).toBe(43900);
    const bad = pipeline('W | cat; exit ${PIPESTATUS[0]}', JSON.stringify({ check: 'federal-tax', taxYear: 2026, income: -1 }));
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout).errors[0].field).toBe('income');
  });

  test('accepts a request that starts with a UTF-8 byte-order mark', () => {
    const r = pipeline('W; exit $?', `\uFEFF${request}`);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).ok).toBe(true);
  });

  test('answers input that is not JSON with an error naming the request, exit 1', () => {
    const r = pipeline('W; exit $?', '{nope');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).errors[0].field).toBe('request');
  });

  test('exits 3 when its output cannot be written (a full device)', () => {
    const r = pipeline('W --schema >/dev/full; exit $?');
    expect(r.status).toBe(3);
  });

  test('refuses an unknown option with the usage and exit 2', () => {
    const r = pipeline('W --shcema </dev/null; exit $?');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown option “--shcema”');
    expect(r.stderr).toContain('Usage:');
    expect(r.stdout).toBe('');
  });

  test('prints the usage for --help without waiting for standard input', async () => {
    // Standard input stays open and empty: a command that read it would never finish.
    const child = spawn(node, [whatif, '--help'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const code = await new Promise<number | null>((ok) => child.on('exit', ok));
    child.stdin.destroy();
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage:/);
  });
});
