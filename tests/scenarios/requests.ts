// The request of every scenario file (tests/scenarios/<check>/*.json), for tests that hold two ways of answering to
// each other over them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function scenarioRequests(): Record<string, unknown>[] {
  const dir = import.meta.dirname;
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.json'))
    .map((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { request: Record<string, unknown> }).request);
}
