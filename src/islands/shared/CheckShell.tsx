/**
 * What every check island shares: the form in groups, the result area (labeled "Example" until the reader's own
 * scenario replaces it), field errors and their announcement, the explanation with citations, the copy-link
 * button and the print-only list of inputs. A check supplies its field groups and how to show its result.
 */
import { Fragment, type ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { CheckId, ResultOf, Step } from '../../engine/index.ts';
import { blankValues, fieldSpecs, groupsOf, readNumber, requiredNow, same, type FieldSpec, type Values } from './form-model.ts';
import { Field, TaxYearChoice, fieldId } from './Field.tsx';
import { longDate, usd } from './format.ts';
import { useCheck, type CheckProps } from './use-check.ts';

type ShellProps<K extends CheckId> = {
  props: CheckProps<K>;
  /** One sentence for the live region when the result changes. */
  headline: (result: ResultOf<K>) => string;
  children: (result: ResultOf<K>) => ComponentChildren;
};

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

/** An input as the printed sheet lists it: names for choices, dollars formatted, yes or no. */
function shown(spec: FieldSpec, v: Values[string] | undefined): string {
  if (v === true) return 'Yes';
  if (v === false) return 'No';
  if (Array.isArray(v)) return v.map((x) => spec.choiceLabels[x] ?? x).join('; ');
  if (v === undefined) return '';
  if (spec.kind === 'choice') return spec.choiceLabels[v] ?? v;
  const num = readNumber(v);
  if (spec.unit === 'dollars' && typeof num === 'number') return usd(num);
  return spec.unit === 'percent' ? `${v}%` : v;
}

export function CheckShell<K extends CheckId>({ props, headline, children }: ShellProps<K>) {
  const { ns, id, years, asOf } = props;
  const c = useCheck(props);
  const specs = fieldSpecs(props.schema);
  // Sections, their order and which field sets the tax year all come from the engine's schema.
  const groups = groupsOf(props.schema);
  const [userOpen, setUserOpen] = useState<Record<number, boolean>>({});
  const [copied, setCopied] = useState('');
  const [fallback, setFallback] = useState('');

  const errors = c.outcome.ok ? [] : c.outcome.errors;
  const onForm = new Set(groups.flatMap((g) => g.fields));
  const errorFor = (name: string) => errors.find((e) => e.field === name)?.message;
  const blankVals = blankValues(props.schema);
  const result = c.outcome.ok ? c.outcome.result : undefined;
  // Most results name their tax year; one that does not (a distribution year) shows no tax-year line.
  const taxYear = (result as { taxYear?: number } | undefined)?.taxYear;
  const live = c.busy ? '' : result ? headline(result) : `${errors.length === 1 ? 'One problem' : `${errors.length} problems`}: ${errors.map((e) => e.message).join(' ')}`;
  const blank = (name: string) => {
    const v = c.values[name];
    return v === '' || v === false || (Array.isArray(v) && v.length === 0) || v === undefined;
  };

  async function copy() {
    const link = c.link();
    setFallback('');
    try {
      await navigator.clipboard.writeText(link);
      setCopied('Link copied.');
    } catch {
      setCopied('');
      setFallback(link);
      requestAnimationFrame(() => {
        const input = document.getElementById(`${ns}-link`) as HTMLInputElement | null;
        input?.focus();
        input?.select();
      });
    }
  }

  return (
    <div class="cf" data-check={id}>
      {c.notice && (
        <p class="cf-notice" role="alert">
          {c.notice}
        </p>
      )}
      <form class="cf-form" aria-label="Your scenario" onSubmit={(e) => e.preventDefault()}>
        {groups.map((g, i) => {
          const fields = g.fields.filter((f) => specs[f]);
          const inner = fields.map((f) => (
            <Fragment key={f}>
              {specs[f]!.setsTaxYear && (
                <TaxYearChoice ns={ns} years={years} date={String(c.values[f] ?? '')} dateName={f} onSet={c.set} />
              )}
              <Field
                ns={ns}
                spec={specs[f]!}
                value={c.values[f]}
                error={errorFor(f)}
                onSet={c.set}
                required={requiredNow(specs[f]!, c.values)}
                {...(specs[f]!.kind === 'tax-year' ? { years } : {})}
              />
            </Fragment>
          ));
          if (!g.title) return <div class="cf-group">{inner}</div>;
          if (g.open)
            return (
              <fieldset class="cf-group cf-questions">
                <legend>{g.title}</legend>
                {inner}
              </fieldset>
            );
          const forced = fields.some((f) => errorFor(f));
          const open = forced || (userOpen[i] ?? fields.some((f) => !same(c.values[f], blankVals[f])));
          return (
            <details class="cf-group cf-more" open={open} onToggle={(e) => setUserOpen({ ...userOpen, [i]: e.currentTarget.open })}>
              <summary>{g.title}</summary>
              {inner}
            </details>
          );
        })}
      </form>

      <section class={`cr${c.busy ? ' is-busy' : ''}`} aria-labelledby={`${ns}-result-title`} aria-busy={c.busy ? 'true' : undefined}>
        <h3 id={`${ns}-result-title`} class="cr-title">
          {c.isExample ? (
            <>
              <span class="cr-badge">Example</span> Result for the example scenario
            </>
          ) : (
            'Result for your scenario'
          )}
        </h3>
        <p class="visually-hidden" aria-live="polite">
          {live}
        </p>
        {result ? (
          <>
            {taxYear !== undefined && (
              <p class="cr-meta">
                Tax year {taxYear}
                {asOf[taxYear] && <>; rules checked as of {longDate(asOf[taxYear]!)}</>}.
              </p>
            )}
            {children(result)}
          </>
        ) : (
          <div class="cr-errors">
            <p>Fix {errors.length === 1 ? 'this' : 'these'} to see a result:</p>
            <ul>
              {errors.map((e, i) => (
                <li key={i}>{onForm.has(e.field) ? <a href={`#${fieldId(ns, e.field)}`}>{specs[e.field]?.label ?? e.field}: {e.message}</a> : e.message}</li>
              ))}
            </ul>
          </div>
        )}

        <div class="cr-inputs print-only">
          <h4>Your inputs</h4>
          <dl>
            {groups
              .flatMap((g) => g.fields)
              .filter((f) => specs[f] && !blank(f) && (specs[f]!.required || !same(c.values[f], blankVals[f])))
              .map((f) => (
                <div key={f}>
                  <dt>{specs[f]!.label}</dt>
                  <dd>{shown(specs[f]!, c.values[f])}</dd>
                </div>
              ))}
          </dl>
        </div>

        {result !== undefined && c.outcome.ok && (
          <div class="cr-explain">
            <h4>How this was worked out</h4>
            <Explanation steps={c.outcome.explanation} />
          </div>
        )}
      </section>

      <div class="cf-actions">
        <button type="button" onClick={copy}>
          Copy link to this scenario
        </button>
        {!c.isExample && (
          <button type="button" class="cf-secondary" onClick={c.reset}>
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
