// The built _headers file: the Content-Security-Policy header is the pages' own <meta> policy plus frame-ancestors,
// and the transport and framing headers a static host should send.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseGlobalHeaders } from '../../src/cli/static-server.ts';
import { DIST, allPages, readPage } from './html.ts';

const headers = new Map(parseGlobalHeaders(readFileSync(join(DIST, '_headers'), 'utf8')).map(([k, v]) => [k.toLowerCase(), v]));
const meta = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1]?.replace(/&#39;/g, "'");

describe('the built _headers file', () => {
  test('sends every page’s own policy as a header, with frame-ancestors none', () => {
    const header = headers.get('content-security-policy')!;
    expect(header).toMatch(/frame-ancestors 'none'$/);
    const sources = (policy: string, name: string) => policy.split(';').map((p) => p.trim().split(/\s+/)).find(([n]) => n === name)?.slice(1) ?? [];
    for (const page of allPages()) {
      const policy = meta(readPage(page));
      expect(policy, page).toBeDefined();
      for (const name of ['default-src', 'script-src', 'style-src', 'object-src', 'base-uri', 'form-action']) {
        for (const s of sources(policy!, name)) expect(sources(header, name), `${page} ${name}`).toContain(s);
      }
    }
    expect(header).toContain("object-src 'none'");
    expect(header).not.toContain("'unsafe-inline'");
  });

  test('asks browsers to use HTTPS for a year and forbids framing', () => {
    expect(headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(headers.get('x-frame-options')).toBe('DENY');
  });
});
