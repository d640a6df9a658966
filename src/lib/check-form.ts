// Each check's form spec — the engine's JSON Schema for its request (fields, labels, groups, choices), its example
// request, the tax years the site covers and the date each year's rules were checked — computed from the engine when
// the site is built. The island of a check imports its own spec as `virtual:check-form/<id>` (the plugin below), so
// the spec ships once, cached, in that check's script instead of in the HTML of every page that shows the check.
import type { Plugin } from 'vite';
import { CHECK_IDS, coveredYears, defaultRequest, requestSchemas, rulesAsOf, type CheckId } from '../engine/index.ts';
import { CHECK_ISLANDS } from '../islands/registry.ts';
import type { RequestSchema } from '../islands/shared/form-model.ts';
import type { CheckForm } from '../islands/shared/use-check.ts';

/** The form spec of one check with an island. Throws (stopping the build) for an id without one. */
export function checkForm(id: string): CheckForm {
  const island = CHECK_ISLANDS.find((c) => c.id === id);
  if (!island || !(CHECK_IDS as string[]).includes(id)) throw new Error(`virtual:check-form/${id}: no check with an island has this id.`);
  const years = coveredYears();
  const asOf: Record<string, string> = {};
  for (const y of years) {
    const d = rulesAsOf(y);
    if (d) asOf[y] = d;
  }
  const schema = requestSchemas()[id] as RequestSchema;
  return { id, ns: island.ns, title: island.title, schema, example: defaultRequest(id as CheckId), years, asOf };
}

const PREFIX = 'virtual:check-form/';

/**
 * Serves `virtual:check-form/<id>` as a module whose default export is `checkForm(id)`. The engine is read once, when
 * the config loads: in `astro dev`, restart after changing a check's fields.
 */
export function checkFormPlugin(): Plugin {
  return {
    name: 'k401:check-form',
    resolveId(source) {
      return source.startsWith(PREFIX) ? `\0${source}` : undefined;
    },
    load(resolved) {
      if (!resolved.startsWith(`\0${PREFIX}`)) return undefined;
      return `export default ${JSON.stringify(checkForm(resolved.slice(PREFIX.length + 1)))};`;
    },
  };
}
