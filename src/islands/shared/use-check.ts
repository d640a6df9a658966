/**
 * The state of one check island: the form's values, which of them the reader entered, the engine's outcome and the
 * scenario in the URL.
 * The page arrives with the example's result rendered on the server (the island's default slot): the client keeps
 * that HTML as it is until the reader's scenario replaces it, so the example's outcome is never shipped twice. The
 * check's rules and figures are loaded only when the reader's scenario needs it: a link carrying one, or the first edit.
 * What the reader typed into the server-rendered form before this code arrived is read when it arrives.
 * History: the first edit of a visit adds one entry, every later edit replaces it; back and forward restore the form
 * from the URL.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CheckId, OutcomeOf } from '../../engine/index.ts';
import { fieldId } from './Field.tsx';
import { loadCheck } from './load-check.ts';
import {
  blankValues,
  fieldSpecs,
  readParams,
  requestFromValues,
  requestValues,
  same,
  scenarioState,
  valuesFromRequest,
  withYear,
  writeParams,
  type FieldSpec,
  type RequestSchema,
  type Value,
  type Values,
} from './form-model.ts';

/**
 * A check's form spec, built from the engine when the site is built and shipped in the check's own script
 * (`import form from 'virtual:check-form/<id>'`), never in the page's HTML.
 */
export type CheckForm = {
  id: string;
  /** The URL namespace, e.g. `ew` for `?ew.amount=…`. */
  ns: string;
  title: string;
  schema: RequestSchema;
  /** The engine's example request, shown (and labeled as the example) until the reader changes it. */
  example: Record<string, unknown>;
  years: number[];
  /** The date each covered year's rules were last checked, by year. */
  asOf: Record<string, string>;
};

/**
 * What Check.astro passes to an island. Serialized into the page, so only the id, its URL namespace and, when a page
 * starts a check from its own scenario, that request. `children` is the server-rendered result of the starting request
 * (an Astro slot: its HTML is on the page once and kept as it is). `exampleOutcome` is set only in that server-only
 * render, which draws the result alone.
 */
export type CheckProps<K extends CheckId = CheckId> = {
  id: K;
  /** The URL namespace, e.g. `ew` for `?ew.amount=…`. */
  ns: string;
  start?: Record<string, unknown>;
  /** In a guide: the island's slot is a card with the example in brief, and the full check opens on request. */
  card?: boolean;
  /**
   * A card's island in the browser, mounted by src/islands/shared/open-cards.ts once the reader asks for the check
   * (never serialized): whether to focus its first field, and how the card says the check could not be loaded.
   */
  opened?: { focus: boolean; failed: (card: Element) => void };
  children?: ComponentChildren;
  exampleOutcome?: OutcomeOf<K>;
};

/** Loads a check's form spec: `() => import('virtual:check-form/<id>')`, so it ships in a script of its own. */
export type FormLoader = () => Promise<{ default: CheckForm }>;

/** Marks the history entry this page's checks added, so later edits replace it instead of adding more. */
const ENTRY_MARK = 'k401Check';

function writeUrl(url: string): void {
  const state: unknown = history.state;
  if (state && typeof state === 'object' && ENTRY_MARK in state) history.replaceState(state, '', url);
  else history.pushState({ ...(state && typeof state === 'object' ? state : {}), [ENTRY_MARK]: true }, '', url);
}

/**
 * The values the server-rendered controls hold now, where they differ from what they were rendered with (`base`):
 * what the reader typed, ticked or chose before the island hydrated. Preact's hydration leaves a control's value
 * as the reader left it, so it is read straight from the DOM.
 */
function typedBeforeHydration(ns: string, specs: Record<string, FieldSpec>, base: Values, dateField: string | undefined): Values {
  const typed: Values = {};
  for (const [name, spec] of Object.entries(specs)) {
    const id = fieldId(ns, name);
    if (spec.kind === 'set') {
      const boxes = spec.options.filter((o) => (document.getElementById(`${id}-${o}`) as HTMLInputElement | null)?.checked);
      if (spec.options.some((o) => document.getElementById(`${id}-${o}`)) && !same(boxes, base[name])) typed[name] = boxes;
      continue;
    }
    if (spec.kind === 'choice') {
      // Radio buttons (Field.tsx): the answer is the one checked; none shown, nothing typed.
      const radios = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][id^="${id}-"]`)].filter((r) => r.name === name);
      const picked = radios.find((r) => r.checked)?.value;
      if (radios.length > 0 && picked !== undefined && !same(picked, base[name])) typed[name] = picked;
      continue;
    }
    const el = document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null;
    if (!el) continue;
    const v: Value = spec.kind === 'yes-no' ? (el as HTMLInputElement).checked : el.value;
    if (!same(v, base[name])) typed[name] = v;
  }
  // A tax year chosen (the choice now differs from the year it was rendered with) moves the date into that year.
  const year = (document.getElementById(`${ns}-tax-year`) as HTMLSelectElement | null)?.value;
  const rendered = dateField ? String(base[dateField] ?? '') : '';
  if (dateField && year && /^\d{4}-/.test(rendered) && Number(rendered.slice(0, 4)) !== Number(year)) {
    typed[dateField] = withYear(String(typed[dateField] ?? rendered), Number(year));
  }
  return typed;
}

export function useCheck<K extends CheckId>(p: CheckProps<K>, form: CheckForm) {
  const { ns, schema } = form;
  const specs = fieldSpecs(schema);
  const blank = blankValues(schema);
  const [base] = useState<Values>(() => valuesFromRequest(schema, p.start ?? form.example));
  const [values, setValues] = useState<Values>(base);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  // Undefined while the server-rendered example is shown.
  const [outcome, setOutcome] = useState<OutcomeOf<K> | undefined>(p.exampleOutcome);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const latest = useRef({ values, touched });
  const runs = useRef(0);

  function run(v: Values, t: ReadonlySet<string>): void {
    const n = ++runs.current;
    // A question the form does not ask (its answer the example's) is not part of the reader's request.
    const request = requestFromValues(p.id, schema, requestValues(specs, v, blank, { example: base, touched: t }));
    setBusy(true);
    // Only this check's rules and figures, loaded once.
    loadCheck(p.id).then(
      (evaluate) => {
        if (n !== runs.current) return;
        setOutcome(evaluate(request));
        setBusy(false);
      },
      () => {
        if (n !== runs.current) return;
        setNotice('The calculator could not be loaded. Check your connection and reload the page.');
        setBusy(false);
      },
    );
  }

  function show(v: Values, t: ReadonlySet<string>): void {
    latest.current = { values: v, touched: t };
    setValues(v);
    setTouched(t);
    // A guide's card has no server-rendered result to fall back on: the engine works out the example too.
    if (!p.card && t.size === 0 && Object.keys(v).every((k) => same(v[k], base[k]))) {
      // The starting request again: its server-rendered result is still on the page.
      runs.current++;
      setBusy(false);
      setOutcome(undefined);
    } else run(v, t);
  }

  function fromUrl(): { values: Values; touched: ReadonlySet<string> } {
    const r = readParams(new URLSearchParams(location.search), ns, schema, base);
    setNotice(r.kind === 'bad' ? r.message : '');
    return r.kind === 'scenario' ? { values: r.values, touched: new Set(r.touched) } : { values: base, touched: new Set() };
  }

  function restore(): void {
    const s = fromUrl();
    show(s.values, s.touched);
  }

  // A layout effect runs before the browser can deliver another event, so nothing typed is lost between hydration
  // and the first read of the form.
  useLayoutEffect(() => {
    const s = fromUrl();
    const dateField = Object.values(specs).find((f) => f.setsTaxYear)?.name;
    const typed = typedBeforeHydration(ns, specs, base, dateField);
    // The dormant island marked the result busy while the check loaded; from here this state owns the mark.
    document.getElementById(`${ns}-result-title`)?.closest('.cr')?.removeAttribute('aria-busy');
    const names = Object.keys(typed);
    if (names.length > 0) {
      const v = { ...s.values, ...typed };
      const t = new Set([...s.touched, ...names]);
      writeUrl(linkFor(v, t));
      show(v, t);
    } else show(s.values, s.touched);
    addEventListener('popstate', restore);
    return () => removeEventListener('popstate', restore);
  }, []);

  /** The page's URL with this check's scenario (or without it, for the example) and the check's anchor. */
  function linkFor(v: Values | null, t: ReadonlySet<string> = new Set()): string {
    const params = new URLSearchParams(location.search);
    const next = v ? writeParams(params, ns, v, base, t) : new URLSearchParams([...params].filter(([k]) => !k.startsWith(`${ns}.`)));
    const q = next.toString();
    return `${location.origin}${location.pathname}${q ? `?${q}` : ''}#check-${p.id}`;
  }

  /** Sets one field the reader changed (`complete` is true on change/blur, false while typing). */
  function set(name: string, value: Value, _complete: boolean): void {
    const v = { ...latest.current.values, [name]: value };
    const t = new Set([...latest.current.touched, name]);
    writeUrl(linkFor(v, t));
    setNotice('');
    show(v, t);
  }

  function reset(): void {
    writeUrl(linkFor(null));
    setNotice('');
    show(base, new Set());
  }

  const state = scenarioState(specs, base, blank, values, touched);
  const isExample = outcome === undefined && !busy && state.kind === 'example';
  return {
    specs,
    values,
    base,
    touched,
    state,
    /** The live outcome; undefined while the server-rendered example result is shown. */
    outcome,
    isExample,
    notice,
    busy,
    set,
    reset,
    // Read when pressed, so a press replayed just after the check woke links what was typed before.
    link: () => {
      const { values: v, touched: t } = latest.current;
      return linkFor(t.size === 0 && Object.keys(v).every((k) => same(v[k], base[k])) ? null : v, t);
    },
  };
}
