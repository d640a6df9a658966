/** Corrective distributions of excess deferrals and excess contributions with their earnings (IRC §401(k)(8), §402(g)). */
import { defineException } from './define.ts';
import { all, no } from './verdict.ts';

export const corrective = defineException({
  id: 'corrective',
  finder: { circumstance: true },
  judge: (f) => (f.claims.has('corrective') ? all('A timely corrective distribution of excess contributions and their earnings.') : no('Only corrective distributions qualify.')),
});
