/**
 * ESOP dividends (IRC §72(t)(2)(A)(vi)): dividends on employer stock passed through under §404(k). They are not eligible
 * rollover distributions (Treas. Reg. §1.402(c)-2, Q&A-4(e)) and not designated distributions, so nothing is withheld
 * from them (§3405(e)(1)(B)(iv)).
 */
import { defineException } from './define.ts';
import { all, no } from './verdict.ts';

export const esopDividends = defineException({
  id: 'esop-dividends',
  finder: { circumstance: true },
  notEligibleRollover: true,
  notWithheld: true,
  judge: (f) => (f.claims.has('esop-dividends') ? all('Dividends on employer stock passed through by an ESOP.') : no('Only ESOP dividends qualify.')),
});
