/** Federal phased-retirement and composite retirement annuity payments (IRC §72(t)(2)(A)(viii); 5 U.S.C. §8366a, §8412a). */
import { defineException } from './define.ts';
import { all, no } from './verdict.ts';

export const phasedRetirement = defineException({
  id: 'phased-retirement',
  finder: { circumstance: true },
  judge: (f) => (f.claims.has('phased-retirement') ? all('Federal phased-retirement annuity payments.') : no('Only federal phased-retirement annuity payments qualify.')),
});
