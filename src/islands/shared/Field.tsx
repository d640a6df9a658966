/**
 * One form control per request field, chosen from the field's schema: a date, an amount in dollars, a percentage,
 * a whole number, a choice (radio buttons), a yes/no box or a set of boxes. The label and help come from the schema's description;
 * the engine's message for the field is shown under it and tied to the control with aria-describedby.
 */
import type { JSX } from 'preact';
import { withYear, type FieldSpec, type Value } from './form-model.ts';

export type SetValue = (name: string, value: Value, complete: boolean) => void;

type Props = {
  ns: string;
  spec: FieldSpec;
  value: Value | undefined;
  error: string | undefined;
  onSet: SetValue;
  /** Whether the field is required now (a field required only once another answer is given says so then). */
  required?: boolean;
  /** For a tax-year field: the covered years, offered as a choice. */
  years?: number[];
  /** The field still holds the worked example's value: a tag beside its label says so, and describes the control. */
  example?: boolean;
};

export const fieldId = (ns: string, name: string): string => `${ns}-${name}`;

/** A choice's radio buttons, in order: "Not given" ('') first while the choice may be left unanswered. */
const choiceOptions = (spec: FieldSpec, required: boolean): string[] => [...(spec.optional && !required ? [''] : []), ...spec.options];

/**
 * The control a link to the field lands on (the result's "Fix this" and "answer" links): the field's own control, or
 * the first radio button or box of a group, since a fieldset takes no focus and has no id.
 */
export function controlId(ns: string, spec: FieldSpec, required: boolean = spec.required): string {
  const id = fieldId(ns, spec.name);
  if (spec.kind === 'set') return spec.options[0] === undefined ? id : `${id}-${spec.options[0]}`;
  if (spec.kind === 'choice') {
    const first = choiceOptions(spec, required)[0];
    return first === undefined ? id : `${id}-${first || 'none'}`;
  }
  return id;
}

function describedBy(id: string, help: boolean, error: boolean, example: boolean): string | undefined {
  const ids = [example && `${id}-example`, help && `${id}-help`, error && `${id}-error`].filter(Boolean).join(' ');
  return ids || undefined;
}

function Message({ id, help, error }: { id: string; help: string; error: string | undefined }) {
  return (
    <>
      {help && (
        <p id={`${id}-help`} class="cf-help">
          {help}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="cf-error">
          {error}
        </p>
      )}
    </>
  );
}

const text = (e: JSX.TargetedEvent<HTMLInputElement | HTMLSelectElement>) => e.currentTarget.value;

/**
 * Beside the label (never inside it, so the field's accessible name is its label alone) of a field that still holds
 * the example's value; the control names it in aria-describedby, so a screen reader hears it after the name.
 */
function ExampleTag({ id, on }: { id: string; on: boolean | undefined }) {
  return on ? (
    <span class="cf-tag" id={`${id}-example`}>
      Example
    </span>
  ) : null;
}

export function Field({ ns, spec, value, error, onSet, required = spec.required, years, example }: Props) {
  const id = fieldId(ns, spec.name);
  const desc = describedBy(id, !!spec.help, !!error, !!example);
  const invalid = error ? true : undefined;
  const label = (s: string) => spec.choiceLabels[s] ?? s;

  if (spec.kind === 'yes-no') {
    return (
      <div class={`cf-field cf-check${error ? ' has-error' : ''}`}>
        <input
          type="checkbox"
          id={id}
          name={spec.name}
          checked={value === true}
          aria-describedby={desc}
          aria-invalid={invalid}
          onChange={(e) => onSet(spec.name, e.currentTarget.checked, true)}
        />
        <label for={id}>{spec.label}</label>
        <ExampleTag id={id} on={example} />
        <Message id={id} help={spec.help} error={error} />
      </div>
    );
  }

  if (spec.kind === 'set') {
    const chosen = Array.isArray(value) ? value : [];
    return (
      <fieldset class={`cf-field cf-set${error ? ' has-error' : ''}`} aria-describedby={desc}>
        <legend>{spec.label}</legend>
        <ExampleTag id={id} on={example} />
        <Message id={id} help={spec.help} error={error} />
        <ul class="cf-options">
          {spec.options.map((o) => (
            <li key={o}>
              <input
                type="checkbox"
                id={`${id}-${o}`}
                name={spec.name}
                value={o}
                checked={chosen.includes(o)}
                onChange={(e) => onSet(spec.name, e.currentTarget.checked ? [...chosen, o] : chosen.filter((x) => x !== o), true)}
              />
              <label for={`${id}-${o}`}>{label(o)}</label>
            </li>
          ))}
        </ul>
      </fieldset>
    );
  }

  // A choice is a set of radio buttons: every answer is read whole, at any width (a closed drop-down cuts a long one
  // off at 360 px), and picked with one press or the arrow keys. An optional choice can be left unanswered.
  if (spec.kind === 'choice' && !years) {
    const current = typeof value === 'string' ? value : '';
    const options = choiceOptions(spec, required);
    return (
      <fieldset class={`cf-field cf-choice${error ? ' has-error' : ''}`} aria-describedby={desc}>
        <legend>{spec.label}</legend>
        <ExampleTag id={id} on={example} />
        <Message id={id} help={spec.help} error={error} />
        <ul class="cf-options">
          {options.map((o) => (
            <li key={o}>
              <input
                type="radio"
                id={`${id}-${o || 'none'}`}
                name={spec.name}
                value={o}
                checked={current === o}
                required={required}
                aria-invalid={invalid}
                onChange={(e) => e.currentTarget.checked && onSet(spec.name, o, true)}
              />
              <label for={`${id}-${o || 'none'}`}>{o ? label(o) : 'Not given'}</label>
            </li>
          ))}
        </ul>
      </fieldset>
    );
  }

  let control: JSX.Element;
  const common = {
    id,
    name: spec.name,
    'aria-describedby': desc,
    'aria-invalid': invalid,
    required,
  };
  const current = typeof value === 'string' ? value : '';
  if (spec.kind === 'choice' || (years && spec.kind === 'tax-year')) {
    const options = years ? [...new Set([...years.map(String), ...(current ? [current] : [])])] : spec.options;
    control = (
      <select {...common} value={current} onInput={(e) => onSet(spec.name, text(e), false)} onChange={(e) => onSet(spec.name, text(e), true)}>
        {/* An empty answer shows as "—", never as the first choice the form does not hold. */}
        {(current === '' || (!required && !spec.options.includes(current) && !years)) && <option value="">—</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {years ? o : label(o)}
          </option>
        ))}
      </select>
    );
  } else {
    const kindProps =
      spec.kind === 'date'
        ? { type: 'date' }
        : { type: 'text', inputMode: spec.kind === 'money' || spec.kind === 'percent' || spec.kind === 'number' ? 'decimal' : 'numeric', autoComplete: 'off', spellcheck: false };
    control = (
      <input
        {...common}
        {...kindProps}
        value={current}
        onInput={(e) => onSet(spec.name, text(e), false)}
        onChange={(e) => onSet(spec.name, text(e), true)}
      />
    );
  }
  return (
    <div class={`cf-field${error ? ' has-error' : ''}`}>
      <label for={id}>
        {spec.label}
        {spec.optional && !required && <span class="cf-optional"> (optional)</span>}
      </label>
      <ExampleTag id={id} on={example} />
      <Message id={id} help={spec.help} error={error} />
      <div class={`cf-control cf-${spec.unit === 'dollars' || spec.unit === 'percent' ? spec.unit : spec.kind}`}>
        {spec.unit === 'dollars' && (
          <span class="cf-affix" aria-hidden="true">
            $
          </span>
        )}
        {control}
        {spec.unit === 'percent' && (
          <span class="cf-affix" aria-hidden="true">
            %
          </span>
        )}
      </div>
    </div>
  );
}

/**
 * The tax-year choice for a check whose year is its date's year: it lists the covered years and moves the date
 * into the chosen year. It holds no state of its own; the date field is the request's.
 */
export function TaxYearChoice({ ns, years, date, dateName, onSet }: { ns: string; years: number[]; date: string; dateName: string; onSet: SetValue }) {
  const id = `${ns}-tax-year`;
  const year = /^\d{4}-/.test(date) ? String(Number(date.slice(0, 4))) : '';
  const options = [...new Set([...years.map(String), ...(year ? [year] : [])])];
  const pick = (y: string, complete: boolean) => y && onSet(dateName, withYear(date, Number(y)), complete);
  return (
    <div class="cf-field">
      <label for={id}>Tax year</label>
      <p id={`${id}-help`} class="cf-help">
        Sets the year of the date below. The site covers {years.join(', ')}.
      </p>
      <select id={id} value={year} aria-describedby={`${id}-help`} onInput={(e) => pick(text(e), false)} onChange={(e) => pick(text(e), true)}>
        {!year && <option value="">—</option>}
        {options.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
