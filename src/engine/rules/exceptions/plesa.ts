/** Pension-linked emergency savings account withdrawals (IRC §72(t)(2)(J); §402A(e); Notice 2024-22). */
import { defineException } from './define.ts';
import { all, no } from './verdict.ts';

export const plesa = defineException({
  id: 'plesa',
  finder: { circumstance: true },
  judge: (f) =>
    f.claims.has('plesa')
      ? all('A withdrawal from a pension-linked emergency savings account in your plan; the additional tax does not apply to it.')
      : no('Only withdrawals from a pension-linked emergency savings account qualify.'),
});
