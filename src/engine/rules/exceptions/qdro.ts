/** Payment to an alternate payee under a qualified domestic relations order (IRC §72(t)(2)(C); §414(p)). */
import { defineException } from './define.ts';
import { all, no } from './verdict.ts';

export const qdro = defineException({
  id: 'qdro',
  finder: { circumstance: true },
  judge: (f) => (f.claims.has('qdro') ? all('Paid from the plan to an alternate payee (such as a former spouse) under a qualified domestic relations order.') : no('Only payments to an alternate payee under a QDRO qualify.')),
});
