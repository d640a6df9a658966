/** Earnings returned with an excess IRA contribution by the return's due date (IRC §72(t)(2)(A)(ix); §408(d)(4)). */
import { defineException } from './define.ts';
import { all, no } from './verdict.ts';

export const iraExcessEarnings = defineException({
  id: 'ira-excess-earnings',
  finder: { circumstance: true },
  judge: (f) =>
    f.claims.has('ira-excess-earnings')
      ? all('The earnings on an excess IRA contribution withdrawn with it by the due date of your return (including extensions); they are taxable income but owe no additional tax.')
      : no('Only the earnings returned with an excess IRA contribution by the return’s due date qualify.'),
});
