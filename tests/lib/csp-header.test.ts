import { describe, expect, test } from 'vitest';
import { metaPolicy, unionPolicy, withPolicy } from '../../src/lib/csp-header.ts';

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
});
