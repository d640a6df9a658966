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
import type { ComponentChildren, ComponentType } from 'preact';
import type { ShellProps } from './CheckShell.tsx';
import type { CheckId, OutcomeOf } from '../../engine/index.ts';
import { fieldId } from './Field.tsx';
import { loadCheck, type EngineLoaders } from './load-check.ts';
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
  type ScenarioState,
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
  /**
   * In the browser, what the island is (never serialized): the dormant check on its own page (CheckPage.tsx) or a
   * guide's card (CheckCard.tsx), set by the script that mounts it.
   */
  mode?: ComponentType<ShellProps<K>>;
  children?: ComponentChildren;
  exampleOutcome?: OutcomeOf<K>;
};

/**
 * Loads a check's form spec: `() => import('virtual:check-form/<id>')`, so it ships in a script of its own, with the
 * loader of the check's own engine entry.
 */
export type FormLoader = () => Promise<{ default: CheckForm; engines: EngineLoaders }>;

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

/**
 * The live state of one check: held by the live check (LiveCheck.tsx), which draws it and calls `mount` once it is on
 * the page; `redraw` asks the component to draw it again after a change. A plain object, not a hook, so the browser
 * loads no hooks runtime.
 */
export class CheckState<K extends CheckId> {
  // Fields set in the constructor are declared, not defined: a definition would be emitted only to be overwritten.
  declare readonly specs: Record<string, FieldSpec>;
  declare readonly blank: Values;
  /** The form as it started: the page's starting request, or the check's example. */
  declare readonly base: Values;
  declare values: Values;
  touched: ReadonlySet<string> = new Set();
  /** The live outcome; undefined while the server-rendered example result is shown. */
  declare outcome: OutcomeOf<K> | undefined;
  notice = '';
  busy = false;
  /**
   * Whether the reader has finished the change the form shows: false while they type in a box (or step through a
   * drop-down), true once they leave it, press Enter, tick, pick, or the form is restored. The live region speaks
   * only then, so a screen reader hears one result, not one per keystroke.
   */
  settled = true;
  private declare readonly p: CheckProps<K>;
  private declare readonly form: CheckForm;
  private declare readonly redraw: () => void;
  private declare readonly engines: EngineLoaders;
  private runs = 0;

  /** `engines` loads the check's rules (its form module's); the server's render, which never runs them, has none. */
  constructor(p: CheckProps<K>, form: CheckForm, redraw: () => void, engines: EngineLoaders = {}) {
    this.p = p;
    this.form = form;
    this.redraw = redraw;
    this.engines = engines;
    this.specs = fieldSpecs(form.schema);
    this.blank = blankValues(form.schema);
    this.base = valuesFromRequest(form.schema, p.start ?? form.example);
    this.values = this.base;
    this.outcome = p.exampleOutcome;
  }

  private run(v: Values, t: ReadonlySet<string>): void {
    const n = ++this.runs;
    // A question the form does not ask (its answer the example's) is not part of the reader's request.
    const request = requestFromValues(this.p.id, this.form.schema, requestValues(this.specs, v, this.blank, { example: this.base, touched: t }));
    this.busy = true;
    // Only this check's rules and figures, loaded once.
    loadCheck(this.p.id, this.engines).then(
      (evaluate) => {
        if (n !== this.runs) return;
        this.outcome = evaluate(request);
        this.busy = false;
        this.redraw();
      },
      () => {
        if (n !== this.runs) return;
        this.notice = 'The calculator could not be loaded. Check your connection and reload the page.';
        this.busy = false;
        this.redraw();
      },
    );
  }

  private show(v: Values, t: ReadonlySet<string>): void {
    this.values = v;
    this.touched = t;
    // A guide's card has no server-rendered result to fall back on: the engine works out the example too.
    if (!this.p.card && this.isStart(v, t)) {
      // The starting request again: its server-rendered result is still on the page.
      this.runs++;
      this.busy = false;
      this.outcome = undefined;
    } else this.run(v, t);
    this.redraw();
  }

  private isStart(v: Values, t: ReadonlySet<string>): boolean {
    return t.size === 0 && Object.keys(v).every((k) => same(v[k], this.base[k]));
  }

  private fromUrl(): { values: Values; touched: ReadonlySet<string> } {
    const r = readParams(new URLSearchParams(location.search), this.form.ns, this.form.schema, this.base);
    this.notice = r.kind === 'bad' ? r.message : '';
    return r.kind === 'scenario' ? { values: r.values, touched: new Set(r.touched) } : { values: this.base, touched: new Set() };
  }

  private readonly restore = (): void => {
    this.settled = true;
    const s = this.fromUrl();
    this.show(s.values, s.touched);
  };

  /**
   * Takes over the form once it is on the page: the URL's scenario, then what the reader typed before, and from then
   * on back and forward. Called as the component mounts, before the browser can deliver another event, so nothing
   * typed is lost between hydration and the first read of the form. Returns what undoes it.
   */
  mount(): () => void {
    const ns = this.form.ns;
    const s = this.fromUrl();
    const dateField = Object.values(this.specs).find((f) => f.setsTaxYear)?.name;
    const typed = typedBeforeHydration(ns, this.specs, this.base, dateField);
    // The dormant island marked the result busy while the check loaded; from here this state owns the mark.
    document.getElementById(`${ns}-result-title`)?.closest('.cr')?.removeAttribute('aria-busy');
    const names = Object.keys(typed);
    if (names.length > 0) {
      const v = { ...s.values, ...typed };
      const t = new Set([...s.touched, ...names]);
      writeUrl(this.linkFor(v, t));
      this.show(v, t);
    } else this.show(s.values, s.touched);
    addEventListener('popstate', this.restore);
    return () => removeEventListener('popstate', this.restore);
  }

  /** The page's URL with this check's scenario (or without it, for the example) and the check's anchor. */
  private linkFor(v: Values | null, t: ReadonlySet<string> = new Set()): string {
    const ns = this.form.ns;
    const params = new URLSearchParams(location.search);
    const next = v ? writeParams(params, ns, v, this.base, t) : new URLSearchParams([...params].filter(([k]) => !k.startsWith(`${ns}.`)));
    const q = next.toString();
    return `${location.origin}${location.pathname}${q ? `?${q}` : ''}#check-${this.p.id}`;
  }

  /** Sets one field the reader changed (`complete` is true on change/blur, false while typing). */
  readonly set = (name: string, value: Value, complete: boolean): void => {
    this.settled = complete;
    const v = { ...this.values, [name]: value };
    const t = new Set([...this.touched, name]);
    writeUrl(this.linkFor(v, t));
    this.notice = '';
    this.show(v, t);
  };

  readonly reset = (): void => {
    this.settled = true;
    writeUrl(this.linkFor(null));
    this.notice = '';
    this.show(this.base, new Set());
  };

  /** Whose numbers the form holds now. */
  state(): ScenarioState {
    return scenarioState(this.specs, this.base, this.blank, this.values, this.touched);
  }

  /** The link to the scenario as it stands: read when pressed, so a press replayed just after the check woke links what was typed before. */
  link(): string {
    return this.linkFor(this.isStart(this.values, this.touched) ? null : this.values, this.touched);
  }
}
