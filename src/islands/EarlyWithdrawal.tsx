/** Early-withdrawal cost: what taking money out of a 401(k) costs in federal tax (the engine's `early-withdrawal`). */
import { CheckShell } from './shared/CheckShell.tsx';
import type { CheckProps } from './shared/use-check.ts';
import { WithdrawalResultView, withdrawalHeadline } from './shared/Withdrawal.tsx';


export default function EarlyWithdrawal(props: CheckProps<'early-withdrawal'>) {
  return (
    <CheckShell<'early-withdrawal'> props={props} headline={withdrawalHeadline}>
      {(r) => <WithdrawalResultView ns={props.ns} r={r} />}
    </CheckShell>
  );
}
