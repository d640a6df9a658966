/**
 * The exception finder's result, answer first: the exceptions the reader's answers make relevant (those that can
 * apply, and those that need the plan to offer them), each with its reason and Form 5329 number; every other
 * exception folded below, grouped by why it does not help here.
 */
import { EXCEPTION_STATUS } from '../shared/labels.ts';
import type { Row } from '../shared/Numbers.tsx';
import type { ViewProps } from './view.ts';

type Result = ViewProps<'exceptions'>['r'];
type Exception = Result['exceptions'][number];
type Status = Exception['status'];

/** Shown first: what can work for the reader, on their answers. */
const RELEVANT: Status[] = ['applies', 'needs-plan-support'];
/** Folded, in this order: the wrong kind of account first, then the rest. */
const OTHERS: Status[] = ['plan-only', 'ira-only', 'does-not-apply'];

const count = (n: number, one: string, many: string) => (n === 1 ? `one ${one}` : `${n} ${many}`);

export function headline(r: Result): string {
  const can = r.exceptions.filter((e) => e.status === 'applies').map((e) => e.name);
  const ifPlan = r.exceptions.filter((e) => e.status === 'needs-plan-support').length;
  const plan = ifPlan ? ` ${ifPlan === 1 ? 'One more' : `${ifPlan} more`} can apply if your plan offers ${ifPlan === 1 ? 'it' : 'them'}.` : '';
  return can.length
    ? `On these answers, ${count(can.length, 'exception', 'exceptions')} can apply: ${can.join('; ')}.${plan}`
    : `On these answers, no exception applies.${plan}`;
}

/** The key numbers of a brief: each exception that can apply, or can if the plan offers it, and which. */
export const keyRows = (r: Result): Row[] => r.exceptions.filter((e) => RELEVANT.includes(e.status)).map((e) => [e.name, EXCEPTION_STATUS[e.status]]);

/** One exception: its name, what the check found, and why. The status is the first `dd`, the reason the second. */
function Verdict({ e }: { e: Exception }) {
  return (
    <div class={e.status === 'applies' ? 'is-yes' : undefined}>
      <dt>{e.name}</dt>
      <dd>{EXCEPTION_STATUS[e.status]}</dd>
      <dd class="cr-reason">
        {e.reason}
        {e.status === 'applies' && e.form5329 && <> Form 5329 exception number {e.form5329.number}{e.form5329.confirmed ? '' : ' (not confirmed)'}.</>}
      </dd>
    </div>
  );
}

function Group({ id, status, list }: { id: string; status: Status; list: Exception[] }) {
  return (
    <section aria-labelledby={`${id}-${status}`}>
      <h4 id={`${id}-${status}`}>{EXCEPTION_STATUS[status]}</h4>
      <dl class="cr-numbers cr-verdicts">
        {list.map((e) => (
          <Verdict key={e.id} e={e} />
        ))}
      </dl>
    </section>
  );
}

export function ExceptionsResult({ r, id }: ViewProps<'exceptions'>) {
  const by = (s: Status) => r.exceptions.filter((e) => e.status === s);
  const others = OTHERS.flatMap(by);
  return (
    <>
      <p class="cr-headline">{headline(r)}</p>
      {RELEVANT.map((s) => by(s).length > 0 && <Group key={s} id={id} status={s} list={by(s)} />)}
      {others.length > 0 && (
        <details class="cr-more">
          <summary>The other {count(others.length, 'exception', 'exceptions')}, and why they do not help here</summary>
          {OTHERS.map((s) => by(s).length > 0 && <Group key={s} id={id} status={s} list={by(s)} />)}
        </details>
      )}
    </>
  );
}
