/** Rollover or Roth conversion: what moving 401(k) money costs this year. The form comes from the engine's schema; the result is results/rollover.tsx. */
import { RolloverResult, headline } from './results/rollover.tsx';
import { CheckShell } from './shared/CheckShell.tsx';
import type { CheckProps } from './shared/check-state.ts';

export default function Rollover(props: CheckProps<'rollover'>) {
  return (
    <CheckShell<'rollover'> props={props} form={() => import('virtual:check-form/rollover')} headline={headline}>
      {(r) => <RolloverResult r={r} id={props.ns} />}
    </CheckShell>
  );
}
