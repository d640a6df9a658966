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
