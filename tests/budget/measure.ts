// Measures what a built page costs a reader on load: HTML, CSS and JavaScript bytes (gzipped) and
// the number of requests, read from dist/ without a browser; and, for a page with checks, the JavaScript it has loaded
// once the reader has used one check (the page's scripts, the form spec and live form its island fetches on first
// touch, and that check's own chunk with its imports, as src/islands/shared/load-check.ts fetches them). Checked against BUDGETS and TARGETS by budget.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeights {
  /** URL path, e.g. /guides/what-is-a-401k/ */
  path: string;
  htmlGz: number;
  cssGz: number;
  jsGz: number;
  /** The document plus every stylesheet, script, module preload, island module and image it loads. */
  requests: number;
  /** astro-island elements and checks mounted as the page loads: a page with islands gets the larger JavaScript budget. */
  islands: number;
  /** A guide: its text is an <article>. */
  article: boolean;
  /** Bytes of each island's serialized props, as they stand in the HTML. */
  islandProps: number[];
  /** Elements in the document (start tags outside comments, scripts and templates). */
  elements: number;
  /** The checks the page runs, by id: its islands' and its check cards' (a guide's checks, plain HTML until opened). */
  checks: string[];
  /** For each check on the page: gzipped JavaScript loaded once the reader has used it (page scripts included). */
  jsAfterCheckGz: Record<string, number>;
  /** The largest single script the page loads, on load or with any of its checks. */
  largestScript: { file: string; gz: number };
}

const KB = 1024;

/**
 * Targets for pages with checks: printed beside each page when missed; a missed target fails the run only when
 * `enforced` is set. A target the site meets is enforced so it stays met; one it does not meet yet is printed as
 * "not yet met" with its figure.
 */
export interface Target {
  what: string;
  applies: (page: PageWeights) => boolean;
  value: (page: PageWeights) => number;
  limit: number;
  unit: 'B' | 'kB' | '';
  enforced: boolean;
}

export const TARGETS: Target[] = [
  { what: 'island props (largest)', applies: (p) => p.islands > 0, value: (p) => Math.max(0, ...p.islandProps), limit: 2 * KB, unit: 'B', enforced: true },
  // Met by every guide since its checks became plain-HTML cards, Pagefind's attributes left the served pages and each
  // page's policy kept only its own scripts' hashes (the largest, early-withdrawals, 15.06 kB).
  { what: 'HTML gz, guide with checks', applies: (p) => p.article && p.checks.length > 0, value: (p) => p.htmlGz, limit: 16 * KB, unit: 'kB', enforced: true },
  // Met by every guide since its checks became cards and its worked examples lean (the largest, early-withdrawals, 993).
  { what: 'elements, guide with checks', applies: (p) => p.article && p.checks.length > 0, value: (p) => p.elements, limit: 1000, unit: '', enforced: true },
  { what: 'HTML gz, the list of checks', applies: (p) => p.path === '/checks/', value: (p) => p.htmlGz, limit: 25 * KB, unit: 'kB', enforced: true },
  // No script so large that it alone delays a phone on a slow connection.
  { what: 'largest script gz', applies: (p) => p.jsGz > 0, value: (p) => p.largestScript.gz, limit: 15 * KB, unit: 'kB', enforced: true },
  // Preact, the island, its shell and one check's engine code and data: what a reader has loaded after one edit.
  { what: 'JS gz after using one check', applies: (p) => p.checks.length > 0, value: (p) => Math.max(0, ...Object.values(p.jsAfterCheckGz)), limit: 25 * KB, unit: 'kB', enforced: false },
];

/** The targets a page misses. */
export function missedTargets(page: PageWeights, targets: readonly Target[] = TARGETS): { target: Target; value: number }[] {
  return targets.filter((t) => t.applies(page)).map((t) => ({ target: t, value: t.value(page) })).filter((m) => m.value > m.target.limit);
}

/** Start tags of elements, the way a parser would count them: not inside comments, scripts, styles or templates. */
export function countElements(html: string): number {
  const bare = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1>/gi, '<$1>');
  return (bare.match(/<[a-zA-Z][a-zA-Z0-9-]*[\s/>]/g) ?? []).length;
}

export interface Budget {
  kind: string;
  /** The first budget whose `applies` is true is the page's. */
  applies: (page: PageWeights) => boolean;
  htmlGz: number;
  cssGz: number;
  jsGz: number;
}


/** Budgets by page kind, most specific first. Later features add their own lines above 'page'. */
export const BUDGETS: Budget[] = [
  // /checks/ lists the what-if checks, one line and a link each; every check runs on its own page, /checks/<id>/.
  { kind: 'list of checks', applies: (p) => p.path === '/checks/', htmlGz: 25 * KB, cssGz: 15 * KB, jsGz: 1 * KB },
  // /search/ runs the search UI on load; elsewhere it is fetched only when search opens.
  { kind: 'search page', applies: (p) => p.path === '/search/', htmlGz: 50 * KB, cssGz: 15 * KB, jsGz: 8 * KB },
  // Guides and tools with Preact islands (the what-if checks): an astro-island, or a check's own page, whose island
  // open-cards.ts mounts as the page loads.
  { kind: 'page with islands', applies: (p) => p.islands > 0, htmlGz: 50 * KB, cssGz: 15 * KB, jsGz: 20 * KB },
  // A guide whose checks are cards (plain HTML): on load only the article's scripts and the card opener with its
  // preload helper (1.95 kB gz); the check's island and code load when the reader opens a card.
  { kind: 'guide with checks', applies: (p) => p.checks.length > 0, htmlGz: 50 * KB, cssGz: 15 * KB, jsGz: 3 * KB },
  // A guide without a check: only the theme and search-launcher scripts.
  { kind: 'article', applies: (p) => p.article, htmlGz: 50 * KB, cssGz: 15 * KB, jsGz: 1 * KB },
  { kind: 'page', applies: () => true, htmlGz: 50 * KB, cssGz: 15 * KB, jsGz: 1 * KB },
];

export function budgetFor(page: PageWeights, budgets: readonly Budget[] = BUDGETS): Budget {
  const budget = budgets.find((b) => b.applies(page));
  if (!budget) throw new Error(`no budget applies to ${page.path}`);
  return budget;
}

export function gzipSize(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

function isLocal(url: string): boolean {
  return !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url);
}

/** Resolves a site URL against the page or module that references it, as a path under dist/. */
function resolveUrl(from: string, url: string): string {
  const clean = url.split(/[?#]/)[0] ?? '';
  return clean.startsWith('/') ? posix.normalize(clean) : posix.normalize(posix.join(posix.dirname(from), clean));
}

/** Static imports of an ES module (not dynamic import(), which does not load on page load). */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  const re = /(?:^|[;\s}])import\s*(?:[\w$*{},\s]+?\s*from\s*)?(["'`])([^"'`]+)\1|(?:^|[;\s}])export\s*(?:\*|\{[^}]*\})\s*from\s*(["'`])([^"'`]+)\3/g;
  for (const m of code.matchAll(re)) found.push((m[2] ?? m[4])!);
  return found;
}

/** Dynamic `import()` targets of an ES module: chunks it may fetch later. */
export function dynamicImports(code: string): string[] {
  return [...code.matchAll(/\bimport\(\s*(["'`])([^"'`]+)\1\s*\)/g)].map((m) => m[2]!);
}

/**
 * Each check's own chunk, read from the loader tables in the built modules (each check's form module exports one with
 * its own entry, src/lib/check-form.ts: `"early-withdrawal":()=>…import("./early-withdrawal.X.js")` or
 * `loss:()=>import("./loss.X.js")`), by check id, as a path under dist/.
 */
/** Each built script under dist/_astro: its file name and its code. */
function* builtScripts(dist: string): Generator<[name: string, code: string]> {
  const dir = join(dist, '_astro');
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.js'))) yield [name, readFileSync(join(dir, name), 'utf8')];
}

export function checkChunks(dist: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [name, code] of builtScripts(dist)) {
    for (const m of code.matchAll(/(?:"([a-z0-9-]+)"|\b([a-z][a-z0-9]*)):\(\)=>(?:[\w$]+\(\(\)=>)?import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) {
      found.set((m[1] ?? m[2])!, resolveUrl(`/_astro/${name}`, m[3]!));
    }
  }
  return found;
}

/** The modules `roots` load, following static imports; throws when one is missing from dist/. */
export function moduleClosure(dist: string, roots: Iterable<string>, from = 'the page'): Set<string> {
  const files = new Set(roots);
  const queue = [...files];
  while (queue.length > 0) {
    const mod = queue.pop()!;
    const onDisk = join(dist, mod);
    if (!existsSync(onDisk)) throw new Error(`${from} loads ${mod}, which is not in ${dist}`);
    for (const spec of staticImports(readFileSync(onDisk, 'utf8'))) {
      if (!isLocal(spec)) continue;
      const dep = resolveUrl(mod, spec);
      if (!files.has(dep)) {
        files.add(dep);
        queue.push(dep);
      }
    }
  }
  return files;
}

/**
 * The modules `roots` load and may fetch later: static and dynamic imports followed alike, except into `skip` (another
 * check's chunk, which this check never fetches).
 */
export function lazyClosure(dist: string, roots: Iterable<string>, skip: ReadonlySet<string>, from = 'the page'): Set<string> {
  const files = new Set([...roots].filter((r) => !skip.has(r)));
  const queue = [...files];
  while (queue.length > 0) {
    const mod = queue.pop()!;
    const onDisk = join(dist, mod);
    if (!existsSync(onDisk)) throw new Error(`${from} loads ${mod}, which is not in ${dist}`);
    const code = readFileSync(onDisk, 'utf8');
    for (const spec of [...staticImports(code), ...dynamicImports(code)]) {
      if (!isLocal(spec)) continue;
      const dep = resolveUrl(mod, spec);
      if (!files.has(dep) && !skip.has(dep)) {
        files.add(dep);
        queue.push(dep);
      }
    }
  }
  return files;
}

/** The check ids of a page's islands, from their serialized props (`"id":[0,"loss"]`, HTML-escaped). */
export function islandChecks(html: string): string[] {
  const ids = [...html.matchAll(/<astro-island\b[^>]*?\sprops="([^"]*)"/gi)].map((m) => /&quot;id&quot;:\[0,&quot;([a-z0-9-]+)&quot;\]/.exec(m[1]!)?.[1]);
  return [...new Set(ids.filter((id): id is string => !!id))];
}

/** The check ids a page mounts as it loads (`data-check-page="loss"`: a check's own page), from the card opener's table. */
export function pageChecks(html: string): string[] {
  return [...new Set([...html.matchAll(/\sdata-check-page="([a-z0-9-]+)"/g)].map((m) => m[1]!))];
}

/** The check ids of a page's check cards (`data-check-card="loss"`), which open into their island on request. */
export function cardChecks(html: string): string[] {
  return [...new Set([...html.matchAll(/\sdata-check-card="([a-z0-9-]+)"/g)].map((m) => m[1]!))];
}

/**
 * The island module each check card opens into, read from the card opener's table in the built modules (a Map:
 * `["loss",()=>import("./Loss.X.js")]`, where the engine's table is an object), by check id, as a path under dist/.
 */
export function cardIslands(dist: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [name, code] of builtScripts(dist)) {
    for (const m of code.matchAll(/\[\s*["'`]([a-z0-9-]+)["'`],\(\)=>(?:[\w$]+\(\(\)=>)?import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) {
      found.set(m[1]!, resolveUrl(`/_astro/${name}`, m[2]!));
    }
  }
  return found;
}

/**
 * The chunks of the two ways a check's island runs in the browser, which the card opener (open-cards.ts) fetches by
 * what the page holds: `page` (src/islands/shared/CheckPage.tsx), at once for a check's own page, and `card`
 * (CheckCard.tsx) when a guide's card is opened. Found by their modules' names, as paths under dist/.
 */
export function modeChunks(dist: string): { page?: string; card?: string } {
  const found: { page?: string; card?: string } = {};
  for (const [name] of builtScripts(dist)) {
    if (/^CheckPage\.[\w-]+\.js$/.test(name)) found.page = `/_astro/${name}`;
    if (/^CheckCard\.[\w-]+\.js$/.test(name)) found.card = `/_astro/${name}`;
  }
  return found;
}

const chunksByDist = new Map<string, Map<string, string>>();
const cardIslandsByDist = new Map<string, Map<string, string>>();

export function measurePage(dist: string, path: string): PageWeights {
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  // <template> content is inert: its scripts load only if a script clones them in (the search dialog).
  const raw = readFileSync(file, 'utf8');
  const html = raw.replace(/<template\b[\s\S]*?<\/template>/gi, '');
  const requests = new Set<string>([path]);
  const cssFiles = new Set<string>();
  const jsFiles = new Set<string>();
  let inlineCss = '';
  let inlineJs = '';

  const local = (url: string | undefined): string | undefined => (url && isLocal(url) ? resolveUrl(path, url) : undefined);

  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) {
      const p = local(href);
      if (p) cssFiles.add(p);
      requests.add(href);
    } else if (rel.includes('modulepreload')) {
      const p = local(href);
      if (p) jsFiles.add(p);
      requests.add(href);
    } else if (rel.includes('icon') || rel.includes('preload')) {
      requests.add(href);
    }
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) inlineCss += m[1];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    const type = (attr(attrs, 'type') ?? '').toLowerCase();
    if (type !== '' && type !== 'module' && type !== 'text/javascript') continue; // JSON, speculation rules
    const src = attr(attrs, 'src');
    if (src) {
      const p = local(src);
      if (p) jsFiles.add(p);
      requests.add(src);
    } else {
      inlineJs += m[2];
      for (const spec of type === 'module' ? staticImports(m[2] ?? '') : []) {
        const p = local(spec);
        if (p) jsFiles.add(p);
      }
    }
  }
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const p = local(attr(tag, name));
      if (p) jsFiles.add(p);
    }
  }
  for (const [tag] of html.matchAll(/<img\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src && !src.startsWith('data:')) requests.add(src);
  }

  // A check's own page mounts its island as the page loads (open-cards.ts, `data-check-page`): the island's module and
  // what it imports count as loaded with the page, as an astro-island's component does.
  if (!cardIslandsByDist.has(dist)) cardIslandsByDist.set(dist, cardIslands(dist));
  const pageMounts = pageChecks(html);
  const modes = modeChunks(dist);
  for (const id of pageMounts) {
    const island = cardIslandsByDist.get(dist)!.get(id);
    if (!island) throw new Error(`${path} mounts the ${id} check, but no built script names its island`);
    jsFiles.add(island);
    // The dormant check the opener mounts it as, fetched beside the island.
    if (modes.page) jsFiles.add(modes.page);
  }

  // Follow static imports through the module graph.
  for (const f of moduleClosure(dist, jsFiles, path)) jsFiles.add(f);
  for (const js of jsFiles) requests.add(js);

  const fileGz = (p: string): number => {
    const onDisk = join(dist, p);
    if (!existsSync(onDisk)) throw new Error(`${path} loads ${p}, which is not in ${dist}`);
    return gzipSize(readFileSync(onDisk));
  };
  const sum = (files: Set<string>): number => [...files].reduce((n, f) => n + fileGz(f), 0);

  // One check used: the page's scripts, and everything the check's island fetches on first touch — its form spec and
  // live form (dynamic imports of the island's modules), then the check's own chunk with its imports — but never
  // another check's chunk from the loader's table. A build without per-check chunks (the whole engine behind one
  // dynamic import) counts everything the islands' modules may import later.
  if (!chunksByDist.has(dist)) chunksByDist.set(dist, checkChunks(dist));
  const chunks = chunksByDist.get(dist)!;
  const cardModules = cardIslandsByDist.get(dist)!;
  const cards = cardChecks(html);
  const checks = [...new Set([...islandChecks(html), ...pageMounts, ...cards])];
  const islandTags = [...html.matchAll(/<astro-island\b[^>]*>/gi)].map(([tag]) => tag);
  const islandModules = islandTags.map((tag) => local(attr(tag, 'component-url'))).filter((p): p is string => !!p);
  // A card's check: the island module the card opener fetches for it (never another card's).
  const modulesOf = (id: string): string[] => [
    ...islandTags.filter((tag) => islandChecks(tag).includes(id)).map((tag) => local(attr(tag, 'component-url'))).filter((p): p is string => !!p),
    ...((cards.includes(id) || pageMounts.includes(id)) && cardModules.has(id) ? [cardModules.get(id)!] : []),
  ];
  // The opener fetches the card's mode only for a card and the page's only for a check's own page: a page counts the
  // mode it can run, never the other.
  const otherMode = [...(cards.length === 0 && modes.card ? [modes.card] : []), ...(pageMounts.length === 0 && modes.page ? [modes.page] : [])];
  const fetchedOnTouch = (id: string): Set<string> => {
    const others = new Set([...[...chunks, ...cardModules].filter(([other]) => other !== id).map(([, chunk]) => chunk), ...otherMode]);
    const own = chunks.get(id);
    return lazyClosure(dist, [...modulesOf(id), ...(own ? [own] : islandModules)], others, path);
  };
  const jsAfterCheck = new Map(checks.map((id) => [id, new Set([...jsFiles, ...fetchedOnTouch(id)])] as const));
  const scripts = new Set([...jsFiles, ...[...jsAfterCheck.values()].flatMap((s) => [...s])]);
  const largestScript = [...scripts].map((file) => ({ file, gz: fileGz(file) })).reduce((a, b) => (b.gz > a.gz ? b : a), { file: '', gz: 0 });

  return {
    path,
    htmlGz: gzipSize(html),
    cssGz: sum(cssFiles) + (inlineCss ? gzipSize(inlineCss) : 0),
    jsGz: sum(jsFiles) + (inlineJs ? gzipSize(inlineJs) : 0),
    requests: requests.size,
    islands: (html.match(/<astro-island\b/gi) ?? []).length + pageMounts.length,
    article: /<article\b/i.test(html),
    islandProps: [
      ...[...html.matchAll(/<astro-island\b[^>]*?\sprops="([^"]*)"/gi)].map((m) => Buffer.byteLength(m[1]!)),
      // A mounted check's props are its element's data attributes: the id, its URL namespace, a starting request.
      ...[...html.matchAll(/<[a-z]+\b[^>]*?\sdata-check-page="[^"]*"[^>]*>/gi)].map(([tag]) => Buffer.byteLength(tag.match(/\sdata-[a-z-]+="[^"]*"/g)!.join(''))),
    ],
    elements: countElements(raw),
    checks,
    jsAfterCheckGz: Object.fromEntries([...jsAfterCheck].map(([id, files]) => [id, sum(files) + (inlineJs ? gzipSize(inlineJs) : 0)])),
    largestScript,
  };
}

export interface Breach {
  path: string;
  kind: string;
  what: 'HTML' | 'CSS' | 'JavaScript';
  bytes: number;
  limit: number;
}

export function breaches(page: PageWeights, budget: Budget): Breach[] {
  const out: Breach[] = [];
  const check = (what: Breach['what'], bytes: number, limit: number) => {
    if (bytes > limit) out.push({ path: page.path, kind: budget.kind, what, bytes, limit });
  };
  check('HTML', page.htmlGz, budget.htmlGz);
  check('CSS', page.cssGz, budget.cssGz);
  check('JavaScript', page.jsGz, budget.jsGz);
  return out;
}

