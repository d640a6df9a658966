/**
 * Corrective distributions of excess deferrals and excess contributions with their earnings (IRC §401(k)(8), §402(g)).
 * They are not eligible rollover distributions (Treas. Reg. §1.402(c)-2, Q&A-4(b), (c)), so the mandatory 20% does not
 * apply; the 10% nonperiodic default does (§3405(b)).
 */
import { defineException } from './define.ts';
import { all, no } from './verdict.ts';

export const corrective = defineException({
  id: 'corrective',
  finder: { circumstance: true },
  notEligibleRollover: true,
  judge: (f) => (f.claims.has('corrective') ? all('A timely corrective distribution of excess contributions and their earnings.') : no('Only corrective distributions qualify.')),
});
