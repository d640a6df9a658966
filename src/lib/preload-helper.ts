// The build's side of src/islands/shared/preload.ts: a Vite plugin that serves that module as Vite's preload helper
// (the `__vitePreload` every dynamic import of a chunk with imports is wrapped in), and stops the build if a dynamic
// import ever lists a stylesheet among its dependencies, which the small helper does not wait for.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The module id under which Vite provides its preload helper (vite/src/node/plugins/importAnalysisBuild.ts). */
export const VITE_PRELOAD_HELPER = '\0vite/preload-helper.js';

const SMALL_HELPER = fileURLToPath(new URL('../islands/shared/preload.ts', import.meta.url));

/** The stylesheets among the preload lists of a built chunk (`__vite__mapDeps`'s file list). */
export function cssPreloads(code: string): string[] {
  const list = /__vite__mapDeps=[^\n]*?m\.f=\[([^\]]*)\]/.exec(code)?.[1] ?? '';
  return [...list.matchAll(/["'`]([^"'`]+\.css)["'`]/g)].map((m) => m[1]!);
}

export function smallPreloadHelper(): Plugin {
  return {
    name: 'k401:small-preload-helper',
    enforce: 'pre',
    load(id) {
      return id === VITE_PRELOAD_HELPER ? `export { preload as __vitePreload } from ${JSON.stringify(SMALL_HELPER)};` : undefined;
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const css = cssPreloads(chunk.code);
        if (css.length) this.error(`${chunk.fileName} preloads ${css.join(', ')}: src/islands/shared/preload.ts does not wait for stylesheets; teach it to, or keep the styles in the pages' stylesheet.`);
      }
    },
  };
}
