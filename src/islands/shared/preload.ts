/**
 * Vite's preload helper, as much of it as this site uses (astro.config.mjs serves this module in its place): before a
 * dynamic `import()` of a chunk, the browser is asked for the chunks that chunk imports (`<link rel="modulepreload">`),
 * so they download beside it instead of one after another. Each is asked for once.
 * Vite's own helper also preloads CSS dependencies (the checks have none: their styles are the pages' stylesheets, and
 * the build fails if a chunk ever gets one, src/lib/preload-helper.ts), falls back to `rel="preload"` for browsers
 * without module preloading, copies a CSP nonce (the pages use hashes) and fires a `vite:preloadError` event that
 * nothing here listens to; those parts cost every page with a check about 0.7 kB gz, on load.
 */
const asked = new Set<string>();

/** Asks for `deps` (paths under the site's base, as Vite lists them), then loads the chunk. */
export function preload<T>(load: () => Promise<T>, deps?: readonly string[]): Promise<T> {
  for (const dep of deps ?? []) {
    if (asked.has(dep)) continue;
    asked.add(dep);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = import.meta.env.BASE_URL + dep;
    document.head.append(link);
  }
  return load();
}
