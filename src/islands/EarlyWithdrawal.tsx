/** Early-withdrawal cost: what taking money out of a 401(k) costs in federal tax. The form comes from the engine's schema; the result is results/early-withdrawal.tsx. */
import { EarlyWithdrawalResult, headline } from './results/early-withdrawal.tsx';
import { CheckShell } from './shared/CheckShell.tsx';
import type { CheckProps } from './shared/check-state.ts';

export default function EarlyWithdrawal(props: CheckProps<'early-withdrawal'>) {
  return (
    <CheckShell<'early-withdrawal'> props={props} form={() => import('virtual:check-form/early-withdrawal')} headline={headline}>
      {(r) => <EarlyWithdrawalResult r={r} id={props.ns} />}
    </CheckShell>
  );
}
