// The check loader (src/islands/shared/load-check.ts) fetches a check's own engine entry through the loader that check's
// form module exports (src/lib/check-form.ts), once; a failed fetch is forgotten so the next edit tries again.
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import type { CheckEvaluate, EngineLoaders } from '../../src/islands/shared/load-check.ts';
import { loadCheck } from '../../src/islands/shared/load-check.ts';
import { checkFormPlugin } from '../../src/lib/check-form.ts';

const answer = (() => ({ ok: false, errors: [] })) as unknown as CheckEvaluate<'loss'>;

test('loads a check’s entry through its form module’s loader, once for two runs', async () => {
  let fetched = 0;
  const engines: EngineLoaders = { loss: () => (fetched++, Promise.resolve({ evaluate: answer })) };
  expect(await loadCheck('loss', engines)).toBe(answer);
  expect(await loadCheck('loss', engines)).toBe(answer);
  expect(fetched).toBe(1);
});

test('a failed fetch is forgotten, so the next run fetches again', async () => {
  const evaluate = answer as unknown as CheckEvaluate<'rmd'>;
  await expect(loadCheck('rmd', { rmd: () => Promise.reject(new Error('offline')) })).rejects.toThrow('offline');
  await expect(loadCheck('rmd', {})).rejects.toThrow('No engine entry for the rmd check.');
  expect(await loadCheck('rmd', { rmd: () => Promise.resolve({ evaluate }) })).toBe(evaluate);
});

test('a check’s form module exports the loader of that check’s own entry and no other', () => {
  const load = checkFormPlugin().load as (id: string) => string;
  const code = load('\0virtual:check-form/loss');
  const entry = fileURLToPath(new URL('../../src/engine/entries/loss.ts', import.meta.url));
  expect(code).toContain(`export const engines = { "loss": () => import(${JSON.stringify(entry)}) };`);
  expect(code.match(/import\(/g)).toHaveLength(1);
});
