// The official sources a guide may link to: the IRS, the law (Cornell LII, eCFR, GovInfo, Congress,
// the Federal Register) and the agencies that administer it (Labor, Social Security). A host is
// allowed when it is one of these domains or a subdomain of one (www.irs.gov, apps.irs.gov).
export const ALLOWED_DOMAINS = [
  'irs.gov',
  'law.cornell.edu',
  'ecfr.gov',
  'govinfo.gov',
  'congress.gov',
  'federalregister.gov',
  'dol.gov',
  'ssa.gov',
] as const;

export function isAllowedHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return ALLOWED_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
}
