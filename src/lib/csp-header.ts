// The Content-Security-Policy as an HTTP header, made from the policies Astro wrote into the built pages' <meta>
// tags, so it is never typed a second time. A header can carry what a <meta> policy cannot — frame-ancestors
// (CSP Level 3 ignores it in <meta>), report directives and sandbox — and it applies before the first byte of HTML is
// parsed. Every page keeps its own <meta> policy as well; browsers enforce every policy they are given, so a page is
// held to the stricter of the two.
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
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
 * The page with its <meta> policy's script-src keeping only the hashes of the inline scripts the page carries (those in
 * a <template>, which a script may clone in, included). Astro lists the hash of every inline script it emits anywhere
 * in the site on every page — its island runtime among them on pages without an island: seven unused hashes, 385
 * bytes that do not compress, on a guide. A hash no script on the page has allows nothing the page runs.
 */
export function withOwnScriptHashes(html: string): string {
  const m = /(<meta http-equiv="content-security-policy" content=")([^"]*)"/i.exec(html);
  if (!m) return html;
  const own = new Set<string>();
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\ssrc\s*=/i.test(attrs!)) own.add(createHash('sha256').update(body!).digest('base64'));
  }
  const policy = m[2]!
    .split(';')
    .map((part) =>
      /^\s*script-src\s/.test(part)
        ? part.replace(/\s(?:'|&#39;)sha256-([A-Za-z0-9+/]+=*)(?:'|&#39;)/g, (source, hash: string) => (own.has(hash) ? source : ''))
        : part,
    )
    .join(';');
  return html.slice(0, m.index) + m[1] + policy + '"' + html.slice(m.index + m[0].length);
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

/**
 * After the build: trims each page's <meta> policy to its own inline scripts' hashes (withOwnScriptHashes), then writes
 * the pages' policy, with frame-ancestors 'none', into dist/_headers.
 */
export function cspHeader(): AstroIntegration {
  return {
    name: 'k401:csp-header',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies = htmlFiles(out)
          .map((f) => {
            const html = readFileSync(f, 'utf8');
            const trimmed = withOwnScriptHashes(html);
            if (trimmed !== html) writeFileSync(f, trimmed);
            return metaPolicy(trimmed);
          })
          .filter((p): p is string => p !== undefined);
        if (policies.length === 0) throw new Error('csp-header: no page carries a Content-Security-Policy <meta> tag');
        const file = join(out, '_headers');
        const policy = unionPolicy(policies, ["frame-ancestors 'none'"]);
        writeFileSync(file, withPolicy(readFileSync(file, 'utf8'), policy));
        logger.info(`Content-Security-Policy header from ${policies.length} pages (${new Set(policies).size} distinct) written to _headers`);
      },
    },
  };
}
