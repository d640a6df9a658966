/** Required minimum distribution: this year's RMD from one 401(k), its deadline and what a shortfall costs. The form comes from the engine's schema; the result is results/rmd.tsx. */
import { RmdResult, headline } from './results/rmd.tsx';
import { CheckShell } from './shared/CheckShell.tsx';
import type { CheckProps } from './shared/check-state.ts';

export default function Rmd(props: CheckProps<'rmd'>) {
  return (
    <CheckShell<'rmd'> props={props} form={() => import('virtual:check-form/rmd')} headline={headline}>
      {(r) => <RmdResult r={r} id={props.ns} />}
    </CheckShell>
  );
}
