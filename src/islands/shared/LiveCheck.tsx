/**
 * The live check, loaded when the reader first touches it (CheckShell.tsx): the form in groups, the result area,
 * field errors and their announcement, the explanation with citations (folded, after the answer), the copy-link
 * button and the print-only list of inputs. The result says whose numbers it is for: "Example" until the reader
 * enters anything, "Partly example" while an input that drives it still holds the example's value (each such field
 * is marked in the form and named under the result), "your scenario" once none does.
 */
import { Component, Fragment } from 'preact';
import type { CheckId, OutcomeOf, Step } from '../../engine/index.ts';
import type { ShellProps } from './CheckShell.tsx';
import { fieldSpecs, groupsOf, readNumber, requiredNow, same, shownFields, type FieldSpec, type Values } from './form-model.ts';
import { Field, TaxYearChoice, controlId, fieldId } from './Field.tsx';
import { longDate, usd } from './format.ts';
import type { EngineLoaders } from './load-check.ts';
import { CheckState, type CheckForm } from './check-state.ts';

function Explanation({ steps }: { steps: Step[] }) {
  return (
    <ol class="cr-steps">
      {steps.map((s, i) => (
        <li key={i}>
          {s.text}
          {s.citations.length > 0 && (
            <span class="cr-cites">
              {' '}
              {s.citations.map((c, j) => (
                <span key={c.id}>
                  {j > 0 && '; '}
                  <a href={c.url}>{c.title}</a>
                </span>
              ))}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}

/** An input as the printed sheet lists it: names for choices, dates and dollars written out, yes or no. */
function shown(spec: FieldSpec, v: Values[string] | undefined): string {
  if (v === true) return 'Yes';
  if (v === false) return 'No';
  if (Array.isArray(v)) return v.map((x) => spec.choiceLabels[x] ?? x).join('; ');
  if (v === undefined) return '';
  if (spec.kind === 'choice') return spec.choiceLabels[v] ?? v;
  // A date as the result writes it ("September 30, 2026"), not as the form stores it.
  if (spec.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return longDate(v);
  const num = readNumber(v);
  if (spec.unit === 'dollars' && typeof num === 'number') return usd(num);
  return spec.unit === 'percent' ? `${v}%` : v;
}

/** An answer the form treats as not given: an empty box, an unticked box, no choice in a set. */
const blankOf = (v: Values[string] | undefined) => v === '' || v === false || (Array.isArray(v) && v.length === 0) || v === undefined;

/** The labels of some fields, in the reader's words: "Date of birth, Vested balance". */
const labelsOf = (specs: Record<string, FieldSpec>, names: string[]) => names.map((n) => specs[n]?.label ?? n).join(', ');

/** The result of one outcome: the answer first, then the tax year and the rules' date, then the explanation, folded. */
export function ResultBody<K extends CheckId>({ outcome, form, specs, onForm, waiting = new Set(), target = (f) => fieldId(form.ns, f), children }: { outcome: OutcomeOf<K>; form: CheckForm; specs: Record<string, FieldSpec>; onForm: Set<string>; waiting?: ReadonlySet<string>; /** The id of the control a field's link goes to. */ target?: (field: string) => string; children: ShellProps<K>['children'] }) {
  if (!outcome.ok) {
    const errors = outcome.errors.filter((e) => !waiting.has(e.field));
    const toAnswer = outcome.errors.filter((e) => waiting.has(e.field));
    return (
      <>
        {errors.length > 0 && (
          <div class="cr-errors">
            <p>Fix {errors.length === 1 ? 'this' : 'these'} to see a result:</p>
            <ul>
              {errors.map((e, i) => (
                <li key={i}>{onForm.has(e.field) ? <a href={`#${target(e.field)}`}>{specs[e.field]?.label ?? e.field}: {e.message}</a> : e.message}</li>
              ))}
            </ul>
          </div>
        )}
        {toAnswer.length > 0 && (
          <p class="cr-to-answer">
            To see a result, answer {toAnswer.map((e, i) => (
              <Fragment key={e.field}>
                {i > 0 && ', '}
                <a href={`#${target(e.field)}`}>{specs[e.field]?.label ?? e.field}</a>
              </Fragment>
            ))}
            .
          </p>
        )}
      </>
    );
  }
  const result = outcome.result;
  // Most results name their tax year; one that does not (a distribution year) shows no tax-year line.
  const taxYear = (result as { taxYear?: number }).taxYear;
  return (
    <>
      {children(result)}
      {taxYear !== undefined && (
        <p class="cr-meta">
          Tax year {taxYear}
          {form.asOf[taxYear] && <>; rules checked as of {longDate(form.asOf[taxYear]!)}</>}.
        </p>
      )}
      <details class="cr-explain">
        <summary>How this was worked out</summary>
        <Explanation steps={outcome.explanation} />
      </details>
    </>
  );
}

export type LiveProps<K extends CheckId> = Omit<ShellProps<K>, 'form'> & {
  form: CheckForm;
  /** The index of a button the reader pressed before the check took over. */
  pressed?: () => number | undefined;
  /** The check's engine entry, from its form module (absent in the server's render, which never runs the check). */
  engines?: EngineLoaders;
};

/** The starting request's result alone, as Check.astro renders it on the server into the island's slot. */
export function StaticResult<K extends CheckId>({ outcome, form, children }: { outcome: OutcomeOf<K>; form: CheckForm; children: ShellProps<K>['children'] }) {
  const onForm = new Set(groupsOf(form.schema).flatMap((g) => g.fields));
  return <ResultBody outcome={outcome} form={form} specs={fieldSpecs(form.schema)} onForm={onForm} children={children} />;
}

export class LiveCheck<K extends CheckId> extends Component<LiveProps<K>> {
  private readonly c = new CheckState(this.props.props, this.props.form, () => this.forceUpdate(), this.props.engines);
  /** In the browser, once the live check answers (data-live): until then a page opened from a link carrying a scenario
   * keeps the server's example out of sight (checks.css), so the example never passes for that scenario's result. */
  private mounted = false;
  /** The folded sections the reader opened or closed, by index. */
  private userOpen: Record<number, boolean> = {};
  private copied = '';
  private fallback = '';
  /** The fields the reader has been in and left. */
  private left: ReadonlySet<string> = new Set();
  /** What the live region says: the result as of the reader's last finished change (CheckState.settled). */
  private said = '';
  private declare unmount: (() => void) | undefined;

  override componentDidMount(): void {
    this.unmount = this.c.mount();
    this.mounted = true;
    this.forceUpdate();
    const i = this.props.pressed?.();
    if (i !== undefined) ((this.base as Element | undefined)?.querySelectorAll('.cf-actions button')[i] as HTMLButtonElement | undefined)?.click();
  }

  override componentWillUnmount(): void {
    this.unmount?.();
  }

  private readonly copy = async (): Promise<void> => {
    const link = this.c.link();
    this.fallback = '';
    this.forceUpdate();
    try {
      await navigator.clipboard.writeText(link);
      this.copied = 'Link copied.';
    } catch {
      this.copied = '';
      this.fallback = link;
      requestAnimationFrame(() => {
        const input = document.getElementById(`${this.props.form.ns}-link`) as HTMLInputElement | null;
        input?.focus();
        input?.select();
      });
    }
    this.forceUpdate();
  };

  /**
   * Back to the example removes its own button (the example has nothing to go back to): the keyboard's focus moves to
   * the copy-link button beside it first, so it is not dropped to the page's start. The live region says the example
   * is shown.
   */
  private readonly reset = (): void => {
    (this.base as Element | undefined)?.querySelector<HTMLButtonElement>('.cf-actions button')?.focus();
    this.c.reset();
  };

  /** The reader left a field: their change to it is finished, and a required one left blank is now an error. */
  private leave(name: string): void {
    if (this.left.has(name) && this.c.settled) return;
    this.c.settled = true;
    this.left = new Set([...this.left, name]);
    this.forceUpdate();
  }

  private toggled(i: number, open: boolean): void {
    this.userOpen = { ...this.userOpen, [i]: open };
    this.forceUpdate();
  }

  override render() {
    const { props, form, headline, children } = this.props;
    const { ns, years } = form;
    const id = props.id;
    const c = this.c;
    const state = c.state();
    const specs = c.specs;
    // Sections, their order and which field sets the tax year all come from the engine's schema.
    const groups = groupsOf(form.schema);
    const { userOpen, copied, fallback } = this;

    const outcome = c.outcome;
    const allErrors = outcome && !outcome.ok ? outcome.errors : [];
    const onForm = new Set(groups.flatMap((g) => g.fields));
    // A required question the reader has not reached yet (shown blank once an earlier answer calls for it) is not an
    // error until the reader has been in it and left it, as with any other field: only then is it marked invalid and
    // announced as a problem. Until then the result asks for it, with a link to it.
    const left = this.left;
    const waiting = new Set(allErrors.filter((e) => onForm.has(e.field) && !c.touched.has(e.field) && !left.has(e.field) && blankOf(c.values[e.field])).map((e) => e.field));
    const errors = allErrors.filter((e) => !waiting.has(e.field));
    const errorFor = (name: string) => errors.find((e) => e.field === name)?.message;
    const blankVals = c.blank;
    const inUse = new Set([...state.inUse.required, ...state.inUse.other]);
    // A field that cannot matter yet (a separation date before you say you left) waits until the answer it depends on.
    const visible = shownFields(specs, c.values, blankVals, new Set(allErrors.map((e) => e.field)), { example: c.base, touched: c.touched });
    const live = c.busy
      ? ''
      : !outcome
        ? 'The example’s result is shown.'
        : outcome.ok
          ? headline(outcome.result)
          : errors.length > 0
            ? `${errors.length === 1 ? 'One problem' : `${errors.length} problems`}: ${errors.map((e) => e.message).join(' ')}`
            : `To see a result, answer ${labelsOf(specs, [...waiting])}.`;
    if (c.settled) this.said = live;
    const blank = (name: string) => blankOf(c.values[name]);
    /**
     * The inputs the result is for, as the printed sheet lists them: those required or changed from their default. The
     * worked example, listed without JavaScript in place of its form, also lists the answers its form shows unfolded
     * (a filing status of Single), as the form would.
     */
    const inputList = (markExample: boolean) => (
      <dl>
        {groups
          .flatMap((g) => g.fields.map((f) => [f, !g.title || g.open] as const))
          .filter(([f, unfolded]) => specs[f] && visible.has(f) && !blank(f) && ((!markExample && unfolded) || specs[f]!.required || !same(c.values[f], blankVals[f])))
          .map(([f]) => f)
          .map((f) => (
            <div key={f}>
              <dt>{specs[f]!.label}</dt>
              <dd>
                {shown(specs[f]!, c.values[f])}
                {markExample && inUse.has(f) && ' (example)'}
              </dd>
            </div>
          ))}
      </dl>
    );
    return (
      <div class="cf" data-check={id} data-state={state.kind} data-live={this.mounted && !c.busy ? '' : undefined}>
        {c.notice && (
          <p class="cf-notice" role="alert">
            {c.notice}
          </p>
        )}
        <p class="cf-load-failed" role="status"></p>
        <form class="cf-form" aria-label="Your scenario" onSubmit={(e) => e.preventDefault()} onFocusOut={(e) => this.leave((e.target as HTMLInputElement).name)}>
          {inUse.size > 0 && (
            <p class="cf-example-note">
              The form starts with a worked example. Fields marked <span class="cf-tag">Example</span> still hold its values: change them to yours.
            </p>
          )}
          {groups.map((g, i) => {
            const fields = g.fields.filter((f) => specs[f] && visible.has(f));
            if (fields.length === 0) return null;
            // The year a check is for is a choice of the years the site covers; any other year (a first Roth
            // contribution, a conversion, a retirement) is typed, since it may be any earlier year.
            const inner = fields.map((f) => (
              <Fragment key={f}>
                {specs[f]!.setsTaxYear && <TaxYearChoice ns={ns} years={years} date={String(c.values[f] ?? '')} dateName={f} onSet={c.set} />}
                <Field
                  ns={ns}
                  spec={specs[f]!}
                  value={c.values[f]}
                  error={errorFor(f)}
                  onSet={c.set}
                  required={requiredNow(specs[f]!, c.values)}
                  example={inUse.has(f)}
                  {...(specs[f]!.kind === 'tax-year' && specs[f]!.required ? { years } : {})}
                />
              </Fragment>
            ));
            if (!g.title) return <div class="cf-group">{inner}</div>;
            // A section whose one question is a set of boxes is that set: its legend heads it, not said twice.
            if (g.open && fields.length === 1 && specs[fields[0]!]!.kind === 'set') return <div class="cf-group cf-questions-one">{inner}</div>;
            if (g.open)
              return (
                <fieldset class="cf-group cf-questions">
                  <legend>{g.title}</legend>
                  {inner}
                </fieldset>
              );
            const forced = fields.some((f) => errorFor(f) || waiting.has(f));
            const open = forced || (userOpen[i] ?? fields.some((f) => !same(c.values[f], blankVals[f])));
            return (
              <details class="cf-group cf-more" open={open} onToggle={(e) => this.toggled(i, e.currentTarget.open)}>
                <summary>{g.title}</summary>
                {inner}
              </details>
            );
          })}
        </form>

        <section class={`cr${c.busy ? ' is-busy' : ''}`} aria-labelledby={`${ns}-result-title`} aria-busy={c.busy ? 'true' : undefined}>
          <h3 id={`${ns}-result-title`} class="cr-title">
            {state.kind === 'example' ? (
              <>
                <span class="cr-badge">Example</span> Result for the example scenario
              </>
            ) : state.kind === 'partial' ? (
              <>
                <span class="cr-badge">Partly example</span> Result with some of the example’s values
              </>
            ) : (
              'Result for your scenario'
            )}
          </h3>
          {state.kind === 'partial' && (
            <p class="cr-in-use">
              Still the example’s: {labelsOf(specs, state.inUse.required)}. Enter yours to make this your scenario.
              {state.inUse.other.length > 0 && <> Also the example’s: {labelsOf(specs, state.inUse.other)}.</>}
            </p>
          )}
          {state.kind === 'yours' && state.inUse.other.length > 0 && <p class="cr-in-use">Also the example’s: {labelsOf(specs, state.inUse.other)}.</p>}
          <p class="visually-hidden" aria-live="polite">
            {this.said}
          </p>
          {/* Without JavaScript the form is hidden (checks.css): the worked example's inputs are listed instead, so
              its result can be read against them. */}
          {state.kind === 'example' && (
            <div class="cr-inputs nojs-only">
              <h4>The example’s inputs</h4>
              {inputList(false)}
            </div>
          )}
          <div class="cr-body">{outcome ? <ResultBody outcome={outcome} form={form} specs={specs} onForm={onForm} waiting={waiting} target={(f) => (specs[f] ? controlId(ns, specs[f]!, requiredNow(specs[f]!, c.values)) : fieldId(ns, f))} children={children} /> : props.children}</div>

          {state.kind !== 'example' && (
            <div class="cr-inputs print-only">
              <h4>Your inputs</h4>
              {inputList(true)}
            </div>
          )}
        </section>

        <div class="cf-actions">
          <button type="button" onClick={this.copy}>
            Copy link to this scenario
          </button>
          {state.kind !== 'example' && (
            <button type="button" class="cf-secondary" onClick={this.reset}>
              Back to the example
            </button>
          )}
          <span class="cf-copied" role="status">
            {copied}
          </span>
          {fallback && (
            <span class="cf-fallback">
              <label for={`${ns}-link`}>Copy this link:</label>{' '}
              <input id={`${ns}-link`} type="text" readOnly value={fallback} onFocus={(e) => e.currentTarget.select()} />
            </span>
          )}
        </div>
      </div>
    );
  }
}
