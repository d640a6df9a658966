/** Hardship withdrawal: how much to take out to net a need after tax, and what it costs. The form comes from the engine's schema; the result is results/hardship.tsx. */
import { HardshipResult, headline } from './results/hardship.tsx';
import { CheckShell } from './shared/CheckShell.tsx';
import type { CheckProps } from './shared/check-state.ts';

export default function Hardship(props: CheckProps<'hardship'>) {
  return (
    <CheckShell<'hardship'> props={props} form={() => import('virtual:check-form/hardship')} headline={headline}>
      {(r) => <HardshipResult r={r} id={props.ns} />}
    </CheckShell>
  );
}
