/**
 * The state of one check island: the form's values, the engine's outcome and the scenario in the URL.
 * The page arrives with the example's outcome rendered on the server; the check's own engine code and data are loaded
 * only when the reader's scenario needs it: a link carrying one, or the first edit.
 * History: the first keystroke of an edit pushes an entry, the rest of the typing replaces it, and the edit is
 * complete on change/blur; back and forward restore the form from the URL.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CheckId, OutcomeOf } from '../../engine/index.ts';
import { loadCheck } from './load-check.ts';
import { readParams, requestFromValues, valuesFromRequest, writeParams, type RequestSchema, type Value, type Values } from './form-model.ts';

/** What Check.astro passes to every island, computed at build time. */
export type CheckProps<K extends CheckId = CheckId> = {
  id: K;
  /** The URL namespace, e.g. `ew` for `?ew.amount=…`. */
  ns: string;
  schema: RequestSchema;
  example: Record<string, unknown>;
  exampleOutcome: OutcomeOf<K>;
  years: number[];
  /** The date each covered year's rules were last checked, by year. */
  asOf: Record<string, string>;
};


export function useCheck<K extends CheckId>(p: CheckProps<K>) {
  const [values, setValues] = useState<Values>(() => valuesFromRequest(p.schema, p.example));
  const [outcome, setOutcome] = useState<OutcomeOf<K>>(p.exampleOutcome);
  const [isExample, setIsExample] = useState(true);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const latest = useRef(values);
  const base = useRef(values).current;
  const runs = useRef(0);
  const editing = useRef(false);

  function run(v: Values): void {
    const n = ++runs.current;
    setBusy(true);
    // Only this check's own engine code and data (src/engine/entries/<id>.ts), fetched once.
    loadCheck(p.id).then(
      (evaluate) => {
        if (n !== runs.current) return;
        setOutcome(evaluate(requestFromValues(p.id, p.schema, v)));
        setBusy(false);
      },
      () => {
        if (n !== runs.current) return;
        setNotice('The calculator could not be loaded. Check your connection and reload the page.');
        setBusy(false);
      },
    );
  }

  function show(v: Values, example: boolean): void {
    latest.current = v;
    setValues(v);
    setIsExample(example);
    if (example) {
      runs.current++;
      setBusy(false);
      setOutcome(p.exampleOutcome);
    } else run(v);
  }

  function restore(): void {
    editing.current = false;
    const r = readParams(new URLSearchParams(location.search), p.ns, p.schema, base);
    if (r.kind === 'scenario') {
      setNotice('');
      show(r.values, false);
    } else {
      setNotice(r.kind === 'bad' ? r.message : '');
      show(base, true);
    }
  }

  useEffect(() => {
    restore();
    addEventListener('popstate', restore);
    return () => removeEventListener('popstate', restore);
  }, []);

  /** The page's URL with this check's scenario (or without it, for the example) and the check's anchor. */
  function linkFor(v: Values | null): string {
    const params = new URLSearchParams(location.search);
    const next = v ? writeParams(params, p.ns, v, base) : new URLSearchParams([...params].filter(([k]) => !k.startsWith(`${p.ns}.`)));
    const q = next.toString();
    return `${location.origin}${location.pathname}${q ? `?${q}` : ''}#check-${p.id}`;
  }

  /** Sets one field. `complete` is true on change/blur, false while typing. */
  function set(name: string, value: Value, complete: boolean): void {
    const v = { ...latest.current, [name]: value };
    const url = linkFor(v);
    if (editing.current) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    editing.current = !complete;
    setNotice('');
    show(v, false);
  }

  function reset(): void {
    editing.current = false;
    history.pushState(null, '', linkFor(null));
    setNotice('');
    show(base, true);
  }

  return { values, outcome, isExample, notice, busy, set, reset, link: () => linkFor(isExample ? null : latest.current) };
}
