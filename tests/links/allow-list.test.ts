import { expect, test } from 'vitest';
import { isAllowedHost } from './allow-list.ts';

test('allows an official domain and its subdomains', () => {
  for (const host of ['irs.gov', 'www.irs.gov', 'apps.irs.gov', 'www.law.cornell.edu', 'www.ecfr.gov', 'WWW.SSA.GOV']) {
    expect(isAllowedHost(host), host).toBe(true);
  }
});

test('refuses a host that only contains or ends with an allowed name', () => {
  for (const host of ['irs.gov.example.com', 'notirs.gov', 'evil-irs.gov', 'cornell.edu', 'example.com']) {
    expect(isAllowedHost(host), host).toBe(false);
  }
});

test('allows the official page of every verified state, and nothing else of the state data', async () => {
  const { states } = await import('../../src/data/states.ts');
  for (const s of states) if (s.status === 'verified') expect(isAllowedHost(new URL(s.source.url).hostname), s.name).toBe(true);
  // A look-alike of a state domain stays out.
  for (const host of ['ftb.ca.gov.example.com', 'notmass.gov', 'tax.ny.gov.evil.net']) expect(isAllowedHost(host), host).toBe(false);
});
