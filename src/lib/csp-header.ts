// The Content-Security-Policy as an HTTP header, made from the policies Astro wrote into the built pages' <meta>
// tags, so it is never typed a second time. A header can carry what a <meta> policy cannot — frame-ancestors
// (CSP Level 3 ignores it in <meta>), report directives and sandbox — and it applies before the first byte of HTML is
// parsed. Every page keeps its own <meta> policy as well; browsers enforce every policy they are given, so a page is
// held to the stricter of the two.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** The policy of a page's CSP <meta> tag, or undefined when it has none. */
export function metaPolicy(html: string): string | undefined {
  const m = META.exec(html);
  return m ? m[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&') : undefined;
}

/**
 * One policy allowing what any of the given policies allows: for each directive, the union of its sources, in
 * first-seen order. With every page's <meta> policy still in force, the header never loosens a page.
 */
export function unionPolicy(policies: string[], extra: string[] = []): string {
  const directives = new Map<string, string[]>();
  for (const policy of [...policies, ...extra]) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const list = directives.get(name) ?? [];
      for (const s of sources) if (!list.includes(s)) list.push(s);
      directives.set(name, list);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Replaces the Content-Security-Policy line of the `/*` block of a `_headers` file (or adds one). */
export function withPolicy(headers: string, policy: string): string {
  const lines = headers.split('\n');
  const start = lines.findIndex((l) => l.trimEnd() === '/*');
  if (start < 0) return `${headers.trimEnd()}\n/*\n  Content-Security-Policy: ${policy}\n`;
  let end = lines.findIndex((l, i) => i > start && l !== '' && !/^\s/.test(l) && !l.startsWith('#'));
  if (end < 0) end = lines.length;
  const at = lines.findIndex((l, i) => i > start && i < end && /^\s+Content-Security-Policy:/i.test(l));
  const line = `  Content-Security-Policy: ${policy}`;
  if (at >= 0) lines[at] = line;
  else lines.splice(start + 1, 0, line);
  return lines.join('\n');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => join(dir, f));
}

/** After the build: writes the pages' policy, with frame-ancestors 'none', into dist/_headers. */
export function cspHeader(): AstroIntegration {
  return {
    name: 'k401:csp-header',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies = htmlFiles(out).map((f) => metaPolicy(readFileSync(f, 'utf8'))).filter((p): p is string => p !== undefined);
        if (policies.length === 0) throw new Error('csp-header: no page carries a Content-Security-Policy <meta> tag');
        const file = join(out, '_headers');
        const policy = unionPolicy(policies, ["frame-ancestors 'none'"]);
        writeFileSync(file, withPolicy(readFileSync(file, 'utf8'), policy));
        logger.info(`Content-Security-Policy header from ${policies.length} pages (${new Set(policies).size} distinct) written to _headers`);
      },
    },
  };
}
