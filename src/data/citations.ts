/**
 * Citations as readers see them: a source registry entry with its id. A check's entry resolves the ids its steps cite
 * against the registry it was given (the whole registry, or only the sources its rules can cite), so the
 * explanation code itself holds no registry.
 */
import type { Source } from './schema.ts';

export type Citation = { id: string; title: string; url: string };

/** A resolver over `registry`: one frozen citation per id, built once (every explanation step cites). */
export function citer(registry: Readonly<Record<string, Source>>): (ids: readonly string[]) => Citation[] {
  const made = new Map<string, Citation>();
  const citation = (id: string): Citation => {
    let c = made.get(id);
    if (!c) {
      const s = Object.hasOwn(registry, id) ? registry[id] : undefined;
      c = Object.freeze(s ? { id, title: s.title, url: s.url } : { id, title: `unknown source ${id}`, url: '' });
      made.set(id, c);
    }
    return c;
  };
  return (ids) => ids.map(citation);
}
