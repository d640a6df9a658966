// The official sources a guide may link to: the IRS, the law (Cornell LII, eCFR, GovInfo, Congress,
// the Federal Register), the agencies that administer it (Labor, Social Security), and the tax agencies of the
// states the state-tax guide has verified. A host is
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
  // State tax agencies whose pages the state-tax guide cites (one entry per verified state, src/data/states.ts).
  'ftb.ca.gov',
  'tax.illinois.gov',
  'mass.gov',
  'nj.gov',
  'tax.ny.gov',
  'tax.colorado.gov',
  'tax.iowa.gov',
] as const;

export function isAllowedHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return ALLOWED_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
}
