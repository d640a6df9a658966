/**
 * Exception finder: a few questions over the engine's `exceptions` check, and every exception to the additional
 * tax on early distributions sorted by what the engine found — can apply, only for a plan or only for an IRA,
 * only if the plan offers it, does not apply — each with its reason.
 */
import type { ResultOf } from '../engine/index.ts';
import { CheckShell } from './shared/CheckShell.tsx';
import { EXCEPTION_STATUS } from './shared/labels.ts';
import { Numbers } from './shared/Numbers.tsx';
import type { CheckProps } from './shared/use-check.ts';

type Result = ResultOf<'exceptions'>;

const ORDER = ['applies', 'needs-plan-support', 'plan-only', 'ira-only', 'does-not-apply'];


function headline(r: Result): string {
  const names = r.exceptions.filter((e) => e.status === 'applies').map((e) => e.name);
  return names.length ? `On these answers, ${names.length === 1 ? 'one exception' : `${names.length} exceptions`} can apply: ${names.join('; ')}.` : 'On these answers, no exception applies.';
}

export default function ExceptionFinder(props: CheckProps<'exceptions'>) {
  return (
    <CheckShell<'exceptions'> props={props} headline={headline}>
      {(r) => (
        <>
          <p class="cr-headline">{headline(r)}</p>
          <Numbers label="Every exception and what the check found" rows={r.exceptions.map((e) => [e.name, EXCEPTION_STATUS[e.status] ?? e.status])} />
          {ORDER.map((status) => {
            const list = r.exceptions.filter((e) => e.status === status);
            return (
              list.length > 0 && (
                <section key={status} aria-labelledby={`${props.ns}-${status}`}>
                  <h4 id={`${props.ns}-${status}`}>{EXCEPTION_STATUS[status] ?? status}</h4>
                  <ul class="cr-exceptions">
                    {list.map((e) => (
                      <li key={e.id} class={status === 'applies' ? 'is-yes' : 'is-no'}>
                        <strong>{e.name}.</strong> {e.reason}
                        {status === 'applies' && e.form5329 && <> Form 5329 exception number {e.form5329.number}{e.form5329.confirmed ? '' : ' (not confirmed)'}.</>}
                      </li>
                    ))}
                  </ul>
                </section>
              )
            );
          })}
        </>
      )}
    </CheckShell>
  );
}
