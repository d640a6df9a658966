/** Loss check: whether a loss in a 401(k) is deductible, and what happens instead. The form comes from the engine's schema; the result is results/loss.tsx. */
import { LossResult, headline } from './results/loss.tsx';
import { CheckShell } from './shared/CheckShell.tsx';
import type { CheckProps } from './shared/check-state.ts';

export default function Loss(props: CheckProps<'loss'>) {
  return (
    <CheckShell<'loss'> props={props} form={() => import('virtual:check-form/loss')} headline={headline}>
      {(r) => <LossResult r={r} id={props.ns} />}
    </CheckShell>
  );
}
