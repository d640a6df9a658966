// The engine's boundaries: src/engine and src/data are pure TypeScript. They import nothing outside themselves (zod
// only in the data schema, which the engine never loads at run time), use no DOM, clock, network or randomness; the
// engine's layers (data → core → tax → rules → withdrawal → checks → entries → format → index) import downward only, no engine file is
// longer than 200 lines, and src/engine has no import cycles.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const ENGINE = join(ROOT, 'src/engine');
const DATA = join(ROOT, 'src/data');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.tsx?$/.test(f)).map((f) => join(dir, f)).sort();
}
const FILES = [...tsFiles(ENGINE), ...tsFiles(DATA)];
const rel = (f: string) => relative(ROOT, f);

type Import = { spec: string; typeOnly: boolean };
/** Static imports and re-exports, and dynamic `import()` calls; `import type` / `export type` are marked type-only. */
export function importsOf(source: string): Import[] {
  const out: Import[] = [];
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const m of code.matchAll(/^\s*(import|export)\s+(type\s+)?([^;]*?)\s+from\s+['"]([^'"]+)['"]/gm)) {
    const typeOnly = !!m[2] || /^\{\s*(type\s+[\w$]+\s*(as\s+[\w$]+\s*)?,?\s*)+\}$/.test(m[3]!.trim());
    out.push({ spec: m[4]!, typeOnly });
  }
  for (const m of code.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) out.push({ spec: m[1]!, typeOnly: false });
  for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push({ spec: m[1]!, typeOnly: false });
  return out;
}

/** Source with comments, strings and template literals blanked out, so prose ("the plan's window") is not code. */
function codeOnly(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/`(?:\\[\s\S]|[^`\\])*`/g, '``')
    .replace(/'(?:\\.|[^'\\\n])*'/g, "''")
    .replace(/"(?:\\.|[^"\\\n])*"/g, '""')
    .replace(/\/\/.*$/gm, ' ');
}

/** The first import cycle in a graph, or null. */
export function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): string[] | null => {
    if (state.get(n) === 'done') return null;
    if (state.get(n) === 'visiting') return [...stack.slice(stack.indexOf(n)), n];
    state.set(n, 'visiting');
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      const c = visit(m);
      if (c) return c;
    }
    stack.pop();
    state.set(n, 'done');
    return null;
  };
  for (const n of graph.keys()) {
    const c = visit(n);
    if (c) return c;
  }
  return null;
}

const resolveSpec = (from: string, spec: string) => resolve(dirname(from), spec);
const inside = (file: string, dir: string) => file.startsWith(dir + '/');

describe('imports', () => {
  test('finds the engine and data modules', () => {
    expect(FILES.length).toBeGreaterThan(15);
    expect(FILES.map(rel)).toContain('src/engine/index.ts');
    expect(FILES.map(rel)).toContain('src/data/index.ts');
  });

  test('reads type-only and value imports apart', () => {
    const found = importsOf("import type { A } from './a.ts';\nimport { type B } from './b.ts';\nimport { c } from './c.ts';\nexport { d } from './d.ts';\nconst e = await import('./e.ts');");
    expect(found).toEqual([
      { spec: './a.ts', typeOnly: true },
      { spec: './b.ts', typeOnly: true },
      { spec: './c.ts', typeOnly: false },
      { spec: './d.ts', typeOnly: false },
      { spec: './e.ts', typeOnly: false },
    ]);
  });

  test.each(FILES.map((f) => [rel(f), f]))('%s imports only from src/engine and src/data', (_name, file) => {
    const outside: string[] = [];
    for (const { spec } of importsOf(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) {
        const target = resolveSpec(file, spec);
        if (!inside(target, ENGINE) && !inside(target, DATA)) outside.push(spec);
      } else if (!(spec === 'zod' && rel(file) === 'src/data/schema.ts')) {
        // Bare packages (astro, preact, node:fs, ...) are not allowed; zod only validates data in src/data/schema.ts.
        outside.push(spec);
      }
    }
    expect(outside).toEqual([]);
  });

  test('src/data does not import the engine', () => {
    const bad = tsFiles(DATA).flatMap((f) => importsOf(readFileSync(f, 'utf8')).filter((i) => i.spec.startsWith('.') && inside(resolveSpec(f, i.spec), ENGINE)).map((i) => `${rel(f)} → ${i.spec}`));
    expect(bad).toEqual([]);
  });

  test('only the engine’s all-checks entry imports src/data/index.ts', () => {
    // A check's own entry loads only the data its modules import (figures, the catalog, statuses); src/data/index.ts
    // also holds the whole source registry, which would then ride along into every check's chunk.
    const bad = tsFiles(ENGINE)
      .filter((f) => rel(f) !== 'src/engine/index.ts')
      .flatMap((f) => importsOf(readFileSync(f, 'utf8')).filter((i) => i.spec.startsWith('.') && resolveSpec(f, i.spec) === join(DATA, 'index.ts')).map(() => rel(f)));
    expect(bad).toEqual([]);
  });

  test('the engine never loads the zod schema at run time', () => {
    // Follow value imports from the engine's entry; type-only imports vanish when compiled.
    const seen = new Set<string>();
    const queue = [join(ENGINE, 'index.ts')];
    while (queue.length) {
      const f = queue.pop()!;
      if (seen.has(f)) continue;
      seen.add(f);
      for (const i of importsOf(readFileSync(f, 'utf8'))) if (!i.typeOnly && i.spec.startsWith('.')) queue.push(resolveSpec(f, i.spec));
    }
    expect(seen.size).toBeGreaterThan(10);
    expect([...seen].map(rel)).not.toContain('src/data/schema.ts');
  });
});

describe('purity', () => {
  const FORBIDDEN: [string, RegExp][] = [
    ['document', /\bdocument\s*\./],
    ['window', /\bwindow\b/],
    ['globalThis', /\bglobalThis\b/],
    ['localStorage', /\b(local|session)Storage\b/],
    ['navigator', /\bnavigator\b/],
    ['fetch', /\bfetch\s*\(/],
    ['XMLHttpRequest', /\bXMLHttpRequest\b/],
    ['Date.now', /\bDate\.now\b/],
    ['new Date() without arguments', /\bnew\s+Date\s*\(\s*\)/],
    ['Date() as a function', /(?<!new\s+)\bDate\s*\(\s*\)/],
    ['Math.random', /\bMath\.random\b/],
    ['crypto', /\bcrypto\s*\./],
    ['performance', /\bperformance\s*\./],
    ['process', /\bprocess\s*\./],
    ['setTimeout', /\bset(Timeout|Interval)\s*\(/],
    ['astro', /\bAstro\./],
  ];
  test('the scanner ignores prose in strings and comments but sees code', () => {
    expect(codeOnly("const s = 'within the plan’s window'; // document.title")).not.toMatch(/window|document/);
    expect(codeOnly('const t = new Date();')).toMatch(/new\s+Date\s*\(\s*\)/);
    expect(codeOnly('const u = new Date(Date.UTC(2026, 0, 1));')).not.toMatch(/new\s+Date\s*\(\s*\)/);
    expect(codeOnly('const w = window.innerWidth;')).toMatch(/\bwindow\b/);
  });
  test.each(FILES.map((f) => [rel(f), f]))('%s uses no DOM, clock, network or randomness', (_name, file) => {
    const code = codeOnly(readFileSync(file, 'utf8'));
    // A local variable of the same name (`const window = …` for a wash-sale window) is not the global.
    const local = (name: string) => new RegExp(`\\b(const|let|var)\\s+${name}\\b`).test(code);
    expect(FORBIDDEN.filter(([name, re]) => re.test(code) && !local(name)).map(([name]) => name)).toEqual([]);
  });
});

/** The engine's layers, lowest first: a file imports only from its own layer or a lower one. */
const LAYERS = ['src/data', 'src/engine/core', 'src/engine/tax', 'src/engine/rules', 'src/engine/withdrawal', 'src/engine/checks', 'src/engine/entries', 'src/engine/format.ts', 'src/engine/index.ts'];
function layerOf(file: string): number {
  const r = rel(file);
  return LAYERS.findIndex((l) => r === l || r.startsWith(l + '/'));
}

describe('layers', () => {
  test('every engine and data file belongs to a layer', () => {
    expect(FILES.filter((f) => layerOf(f) < 0).map(rel)).toEqual([]);
  });
  test('the layer check sees an upward import', () => {
    expect(layerOf(join(ENGINE, 'core/fields.ts'))).toBeLessThan(layerOf(join(ENGINE, 'rules/exceptions.ts')));
    expect(layerOf(join(ENGINE, 'withdrawal/compute.ts'))).toBeLessThan(layerOf(join(ENGINE, 'checks/loan.ts')));
  });
  test.each(FILES.map((f) => [rel(f), f]))('%s imports only from its own layer or lower ones', (_name, file) => {
    const upward = importsOf(readFileSync(file, 'utf8'))
      .filter((i) => i.spec.startsWith('.'))
      .map((i) => resolveSpec(file, i.spec))
      .filter((t) => layerOf(t) > layerOf(file))
      .map(rel);
    expect(upward).toEqual([]);
  });
});

describe('size', () => {
  const MAX_LINES = 200;
  /** Files still waiting to be split, each capped at its length today so it can only shrink. */
  test.each(tsFiles(ENGINE).map((f) => [rel(f), f]))(`%s has at most ${MAX_LINES} lines`, (_name, file) => {
    const lines = readFileSync(file, 'utf8').split('\n').length - 1; // as `wc -l` counts
    expect(lines).toBeLessThanOrEqual(MAX_LINES);
  });
});

describe('cycles', () => {
  test('the cycle finder finds a cycle', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', []]]))).toBeNull();
  });
  test('src/engine has no import cycles', () => {
    const graph = new Map<string, string[]>();
    for (const f of tsFiles(ENGINE)) {
      const deps = importsOf(readFileSync(f, 'utf8'))
        .filter((i) => i.spec.startsWith('.'))
        .map((i) => resolveSpec(f, i.spec))
        .filter((t) => inside(t, ENGINE));
      graph.set(f, deps);
    }
    expect(graph.size).toBeGreaterThan(10);
    expect(findCycle(graph)?.map(rel) ?? null).toBeNull();
  });
});
