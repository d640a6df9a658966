/** Roth 401(k) distribution: qualified or not, and the taxable earnings part if not. The form comes from the engine's schema; the result is results/roth-distribution.tsx. */
import { RothDistributionResult, headline } from './results/roth-distribution.tsx';
import { CheckShell } from './shared/CheckShell.tsx';
import type { CheckProps } from './shared/check-state.ts';

export default function RothDistribution(props: CheckProps<'roth-distribution'>) {
  return (
    <CheckShell<'roth-distribution'> props={props} form={() => import('virtual:check-form/roth-distribution')} headline={headline}>
      {(r) => <RothDistributionResult r={r} id={props.ns} />}
    </CheckShell>
  );
}
