/** Loan check: how much can be borrowed, and what an offset on leaving or a default would cost. The form comes from the engine's schema; the result is results/loan.tsx. */
import { LoanResult, headline } from './results/loan.tsx';
import { CheckShell } from './shared/CheckShell.tsx';
import type { CheckProps } from './shared/check-state.ts';

export default function Loan(props: CheckProps<'loan'>) {
  return (
    <CheckShell<'loan'> props={props} form={() => import('virtual:check-form/loan')} headline={headline}>
      {(r) => <LoanResult r={r} id={props.ns} />}
    </CheckShell>
  );
}
