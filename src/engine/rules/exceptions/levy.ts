/** IRS levy (IRC §72(t)(2)(A)(vii)): a distribution made because of a levy under §6331, not a voluntary payment. */
import { defineException } from './define.ts';
import { all, no } from './verdict.ts';

export const levy = defineException({
  id: 'levy',
  finder: { circumstance: true },
  judge: (f) => (f.claims.has('levy') ? all('Paid to the IRS because it levied the plan; a voluntary payment to the IRS would not qualify.') : no('Only an IRS levy on the account qualifies, not a voluntary payment.')),
});
