/**
 * Permissive withdrawal from an eligible automatic contribution arrangement (IRC §414(w)); from an IRA only a SIMPLE
 * IRA (§408(p)) or a salary-reduction SEP (§408(k)(6)) can have one. A permissible withdrawal is not an eligible
 * rollover distribution (Treas. Reg. §1.402(c)-2, Q&A-4(h)): the mandatory 20% does not apply, the 10% default does.
 */
import { defineException } from './define.ts';
import { all, no } from './verdict.ts';

export const eacaWithdrawal = defineException({
  id: 'eaca-withdrawal',
  finder: { circumstance: true },
  notEligibleRollover: true,
  judge: (f) =>
    f.claims.has('eaca-withdrawal')
      ? all(f.plan === 'ira'
        ? 'A permissive withdrawal after opting out of automatic enrollment; from an IRA this is possible only in a SIMPLE IRA or a salary-reduction SEP (SARSEP).'
        : 'A permissive withdrawal after opting out of automatic enrollment within the plan’s window.')
      : no('Only permissive withdrawals under automatic enrollment qualify.'),
});
