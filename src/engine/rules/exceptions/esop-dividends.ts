/** ESOP dividends (IRC §72(t)(2)(A)(vi)): dividends on employer stock passed through under §404(k). */
import { defineException } from './define.ts';
import { all, no } from './verdict.ts';

export const esopDividends = defineException({
  id: 'esop-dividends',
  finder: { circumstance: true },
  judge: (f) => (f.claims.has('esop-dividends') ? all('Dividends on employer stock passed through by an ESOP.') : no('Only ESOP dividends qualify.')),
});
