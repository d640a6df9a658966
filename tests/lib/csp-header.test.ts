import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { metaPolicy, unionPolicy, withOwnScriptHashes, withPolicy } from '../../src/lib/csp-header.ts';

describe('the CSP header', () => {
  test('reads the policy of a page’s CSP meta tag, entities decoded', () => {
    expect(metaPolicy(`<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; img-src data:"></head>`)).toBe(
      "default-src 'self'; img-src data:",
    );
    expect(metaPolicy('<head></head>')).toBeUndefined();
  });

  test('unites the sources of each directive in first-seen order and adds directives a meta tag cannot carry', () => {
    expect(unionPolicy(["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self';script-src 'self' 'sha256-b';"], ["frame-ancestors 'none'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; frame-ancestors 'none'",
    );
  });

  test('replaces the policy line of the /* block and leaves other blocks alone', () => {
    const before = "# c\n/*\n  Content-Security-Policy: frame-ancestors 'none'\n  X-A: 1\n\n/_astro/*\n  Cache-Control: immutable\n";
    expect(withPolicy(before, "default-src 'self'")).toBe("# c\n/*\n  Content-Security-Policy: default-src 'self'\n  X-A: 1\n\n/_astro/*\n  Cache-Control: immutable\n");
  });

  test('adds a policy line to a /* block that has none', () => {
    expect(withPolicy('/*\n  X-A: 1\n', 'p')).toBe('/*\n  Content-Security-Policy: p\n  X-A: 1\n');
  });

  test('keeps in a page’s script-src only the hashes of the inline scripts it carries, a template’s included', () => {
    const sha = (text: string) => createHash('sha256').update(text).digest('base64');
    const a = 'var a=1';
    const b = 'var b=2';
    const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-${sha(a)}' 'sha256-${sha('gone')}' &#39;sha256-${sha(b)}&#39;; style-src 'self' 'sha256-${sha('gone')}';`;
    const page = (p: string) =>
      `<head><meta http-equiv="content-security-policy" content="${p}"><script>${a}</script></head><template><script>${b}</script></template><script type="module" src="/x.js"></script>`;
    expect(withOwnScriptHashes(page(policy))).toBe(
      page(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-${sha(a)}' &#39;sha256-${sha(b)}&#39;; style-src 'self' 'sha256-${sha('gone')}';`),
    );
  });

  test('leaves a page without a CSP meta tag as it is', () => {
    expect(withOwnScriptHashes('<head><script>var a</script></head>')).toBe('<head><script>var a</script></head>');
  });
});
