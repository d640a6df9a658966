/** Contribution limits: the year's deferral limit, the catch-up for the reader's age and any excess. The form comes from the engine's schema; the result is results/contribution-limits.tsx. */
import { ContributionLimitsResult, headline } from './results/contribution-limits.tsx';
import { CheckShell } from './shared/CheckShell.tsx';
import type { CheckProps } from './shared/check-state.ts';

export default function ContributionLimits(props: CheckProps<'contribution-limits'>) {
  return (
    <CheckShell<'contribution-limits'> props={props} form={() => import('virtual:check-form/contribution-limits')} headline={headline}>
      {(r) => <ContributionLimitsResult r={r} id={props.ns} />}
    </CheckShell>
  );
}
