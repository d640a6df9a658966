// `npm run lighthouse`: Lighthouse (mobile, its default settings) in the system Chromium against the
// built site served by the project's static server. Prints, per page, the four category scores,
// LCP, CLS and TBT, what the page loads (bytes as served and gzipped, JavaScript among them), and
// every audit that fails. Not part of `npm test`: scores depend on the machine, so it reports only.
//
// The server gzips text as a static host does, so transfer sizes and simulated load times are a
// real host's. Lighthouse's simulated throttling scales the CPU time it observes, so a busy machine
// lowers the performance score: the benchmark index printed per page tells how fast this one was
// (Lighthouse calibrates for about 1000+); use --runs to take the median of several runs.
//
// Usage: node tests/lighthouse/run.ts [--dist DIR] [--pages /,/guides/x/] [--runs N] [--json out.json] [--lhr DIR]
//   --dist   the built site to serve (default DIST_DIR, else dist/)
//   --pages  comma-separated URL paths (default: home, a long guide, a guide with a check, /checks/)
//   --runs   runs per page; the run with the median performance score is reported (default 1)
//   --json   also write the figures as JSON (used by starlight-compare.sh for the README table)
//   --lhr    also write each page's full Lighthouse report (JSON) into this directory
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { startStaticServer } from '../../src/cli/static-server.ts';
import { CHROMIUM_ARGS, findChromium } from '../harness/chromium.ts';
import { DIST_DIR } from '../harness/pages.ts';

export const DEFAULT_PAGES = [
  '/',
  // The longest guide: the full exceptions table.
  '/guides/early-withdrawals/',
  // A guide that embeds a what-if check (a Preact island).
  '/guides/rule-of-55/',
  '/checks/',
];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface PageReport {
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Bytes of every response on load, as the local server sends them (uncompressed). */
  bytes: number;
  /** The same responses gzipped (level 9), as a compressing host would send them. */
  bytesGz: number;
  jsBytes: number;
  jsGz: number;
  requests: number;
  /** Lighthouse's measure of this machine's speed during the run. */
  benchmarkIndex: number;
  failing: string[];
}

interface NetworkItem {
  url: string;
  resourceType?: string;
  resourceSize?: number;
  transferSize?: number;
}

/** Size of a same-origin response on disk, and gzipped; 0 for a response not found there. */
function fileSizes(dist: string, origin: string, url: string): { raw: number; gz: number } {
  const u = new URL(url);
  if (u.origin !== origin) return { raw: 0, gz: 0 };
  let path = decodeURIComponent(u.pathname);
  if (path.endsWith('/')) path += 'index.html';
  const file = join(dist, path);
  if (!existsSync(file) || !statSync(file).isFile()) return { raw: 0, gz: 0 };
  const body = readFileSync(file);
  return { raw: body.length, gz: gzipSync(body, { level: 9 }).length };
}

async function audit(port: number, dist: string, origin: string, path: string): Promise<{ report: PageReport; lhrJson: string }> {
  const url = new URL(path, origin).href;
  const result = await lighthouse(url, {
    port,
    logLevel: 'error',
    output: 'json',
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);

  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
  ) as PageReport['scores'];

  const items = ((lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)?.items ?? []).filter(
    (i) => !i.url.startsWith('data:'),
  );
  let bytes = 0;
  let bytesGz = 0;
  let jsBytes = 0;
  let jsGz = 0;
  for (const item of items) {
    const { raw, gz } = fileSizes(dist, origin, item.url);
    bytes += raw;
    bytesGz += gz;
    if (item.resourceType === 'Script') {
      jsBytes += raw;
      jsGz += gz;
    }
  }

  // An audit fails when it has a score below 1 in a mode that counts (not informative, manual or
  // not applicable). The category it belongs to is shown before it.
  const failing: string[] = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (!a || a.score === null || a.score >= 1) continue;
      if (!['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode)) continue;
      const value = a.displayValue ? ` (${a.displayValue})` : '';
      failing.push(`${id}: ${a.id} — ${a.title}${value}, score ${a.score}${ref.weight ? `, weight ${ref.weight}` : ''}`);
    }
  }

  const report: PageReport = {
    path,
    scores,
    lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
    cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
    tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
    bytes,
    bytesGz,
    jsBytes,
    jsGz,
    requests: items.length,
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    failing,
  };
  return { report, lhrJson: typeof result.report === 'string' ? result.report : JSON.stringify(lhr) };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

export function formatReport(r: PageReport): string {
  const s = r.scores;
  const lines = [
    r.path,
    `  performance ${s.performance}  accessibility ${s.accessibility}  best practices ${s['best-practices']}  SEO ${s.seo}`,
    `  LCP ${r.lcpMs} ms  CLS ${r.cls}  TBT ${r.tbtMs} ms  (benchmark index ${r.benchmarkIndex})`,
    `  ${r.requests} requests, ${kb(r.bytes)} (${kb(r.bytesGz)} gzipped); JavaScript ${kb(r.jsBytes)} (${kb(r.jsGz)} gzipped)`,
  ];
  lines.push(r.failing.length ? `  failing audits:\n    ${r.failing.join('\n    ')}` : '  failing audits: none');
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      pages: { type: 'string' },
      runs: { type: 'string' },
      json: { type: 'string' },
      lhr: { type: 'string' },
    },
  });
  const runs = Math.max(1, Number(values.runs ?? 1));
  const dist = resolve(values.dist ?? DIST_DIR);
  const pages = values.pages ? values.pages.split(',').filter(Boolean) : DEFAULT_PAGES;

  const server = await startStaticServer({ root: dist, compress: true });
  const origin = new URL(server.url).origin;
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless', ...CHROMIUM_ARGS],
  });
  const reports: PageReport[] = [];
  try {
    console.log(`Lighthouse ${lighthouseVersion()} (mobile) on ${dist}, served at ${origin}\n`);
    for (const path of pages) {
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await audit(chrome.port, dist, origin, path));
      results.sort((a, b) => a.report.scores.performance - b.report.scores.performance);
      const { report, lhrJson } = results[Math.floor(results.length / 2)]!;
      reports.push(report);
      if (values.lhr) {
        mkdirSync(values.lhr, { recursive: true });
        writeFileSync(join(values.lhr, `${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home'}.json`), lhrJson);
      }
      console.log(`${formatReport(report)}\n`);
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  if (values.json) writeFileSync(values.json, `${JSON.stringify(reports, null, 2)}\n`);
}

function lighthouseVersion(): string {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../node_modules/lighthouse/package.json'), 'utf8'));
  return String(pkg.version);
}

if (import.meta.main) {
  try {
    await main();
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  }
}
