// The card opener (src/islands/shared/open-cards.ts) runs in the browser on load, so its table of island modules is
// read here as text: a check with an island but no line there would show a card whose link never opens in place.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { CHECK_ISLANDS } from '../../src/islands/registry.ts';

test('the card opener can open every check that has an island', () => {
  const source = readFileSync(new URL('../../src/islands/shared/open-cards.ts', import.meta.url), 'utf8');
  const entries = [...source.matchAll(/\['([a-z0-9-]+)', \(\) => import\('\.\.\/([A-Za-z]+\.tsx)'\)/g)].map((m) => [m[1]!, m[2]!] as const);
  expect(entries.map(([id]) => id).sort()).toEqual(CHECK_ISLANDS.map((c) => c.id).sort());
  // Each id opens its own island, the one whose shell runs that check.
  for (const [id, file] of entries) expect(readFileSync(new URL(`../../src/islands/${file}`, import.meta.url), 'utf8'), id).toContain(`CheckShell<'${id}'>`);
});
