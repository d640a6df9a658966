/** Exception finder: a few questions, and which exceptions to the additional tax on early distributions can apply. The form comes from the engine's schema; the result is results/exceptions.tsx. */
import { ExceptionsResult, headline } from './results/exceptions.tsx';
import { CheckShell } from './shared/CheckShell.tsx';
import type { CheckProps } from './shared/check-state.ts';

export default function ExceptionFinder(props: CheckProps<'exceptions'>) {
  return (
    <CheckShell<'exceptions'> props={props} form={() => import('virtual:check-form/exceptions')} headline={headline}>
      {(r) => <ExceptionsResult r={r} id={props.ns} />}
    </CheckShell>
  );
}
