/**
 * The island every check shares. On the server it renders the whole check, form and result (LiveCheck.tsx). In the
 * browser it keeps that HTML exactly as it is, editable but with no code behind it, until the reader first touches
 * the check (or at once for a link carrying its scenario): then the form spec, the live check and the check's rules
 * load, and the live check takes over the same DOM, reading what was typed meanwhile. A reader who only reads loads
 * none of them. A check supplies its form spec's loader and how to show its result.
 */
import { Component, hydrate, type ComponentChildren } from 'preact';
import type { CheckId, ResultOf } from '../../engine/index.ts';
import { CheckCard } from './CheckCard.tsx';
import { serverForm, serverLive } from './server-render.ts';
import type { CheckProps, FormLoader } from './use-check.ts';

export type ShellProps<K extends CheckId> = {
  props: CheckProps<K>;
  /** Loads the check's form spec: `() => import('virtual:check-form/<id>')`. */
  form: FormLoader;
  /** One sentence for the live region when the result changes. */
  headline: (result: ResultOf<K>) => string;
  children: (result: ResultOf<K>) => ComponentChildren;
};

export function CheckShell<K extends CheckId>(p: ShellProps<K>) {
  // In a guide: the card CheckCard.astro renders as plain HTML, which open-cards.ts mounts this island over when the
  // reader asks for the check (CheckCard.tsx opens it in place).
  if (p.props.card) return <CheckCard {...p} />;
  if (import.meta.env.SSR) {
    const { LiveCheck, StaticResult } = serverLive();
    const form = serverForm(p.props.id);
    // Check.astro's server-only render of the starting request's result: it becomes the island's first view (its slot).
    if (p.props.exampleOutcome) return <StaticResult outcome={p.props.exampleOutcome} form={form} children={p.children} />;
    return (
      <div class="check-live">
        <LiveCheck {...p} form={form} />
      </div>
    );
  }
  return <Dormant {...p} />;
}

/** What wakes a check: any touch of its form or buttons. */
const WAKE_EVENTS = ['focusin', 'pointerdown', 'keydown', 'input', 'change', 'click'] as const;

/** Whether a control of the server-rendered form no longer holds the value it was rendered with. */
function changedSinceRendered(el: HTMLElement): boolean {
  for (const c of el.querySelectorAll<HTMLInputElement | HTMLSelectElement>('.cf-form input, .cf-form select')) {
    if (c instanceof HTMLSelectElement) {
      if ([...c.options].some((o) => o.selected !== o.defaultSelected)) return true;
    } else if (c.type === 'checkbox' || c.type === 'radio' ? c.checked !== c.defaultChecked : c.value !== c.defaultValue) return true;
  }
  return false;
}

class Dormant<K extends CheckId> extends Component<ShellProps<K>> {
  private off: (() => void) | undefined;

  override componentDidMount(): void {
    const p = this.props;
    const el = this.base as HTMLElement;
    let woken = false;
    /** A button pressed before the check took over: pressed again once it has. */
    let pressed: number | undefined;
    const wake = (e?: Event) => {
      // Until the check takes over its result is not the answer to what the reader may be typing: it is busy.
      if (!woken) el.querySelector('.cr')?.setAttribute('aria-busy', 'true');
      const button = e?.type === 'click' ? (e.target as Element | null)?.closest('.cf-actions button') : null;
      if (button) pressed = [...el.querySelectorAll('.cf-actions button')].indexOf(button);
      if (woken) return;
      woken = true;
      Promise.all([p.form(), import('./LiveCheck.tsx')]).then(
        ([form, { LiveCheck }]) => {
          for (const t of WAKE_EVENTS) el.removeEventListener(t, wake, true);
          hydrate(<LiveCheck {...p} form={form.default} engines={form.engines} pressed={() => pressed} />, el);
        },
        () => {
          woken = false;
          el.querySelector('.cr')?.removeAttribute('aria-busy');
          el.querySelector('.cf')?.setAttribute('data-live', '');
          const note = el.querySelector('.cf-load-failed');
          if (note) note.textContent = 'The calculator could not be loaded. Check your connection and try again.';
        },
      );
    };
    for (const t of WAKE_EVENTS) el.addEventListener(t, wake, true);
    // What the reader typed before this script arrived differs from what the server rendered: read it at once.
    if (changedSinceRendered(el)) wake();
    // A link that carries this check's scenario is shown at once; a page whose link carries none for this check shows
    // its example (data-live: checks.css hides the example only while a scenario is being worked out).
    if ([...new URLSearchParams(location.search).keys()].some((k) => k.startsWith(`${p.props.ns}.`))) wake();
    else if (!woken) el.querySelector('.cf')?.setAttribute('data-live', '');
    this.off = () => {
      for (const t of WAKE_EVENTS) el.removeEventListener(t, wake, true);
    };
  }

  override componentWillUnmount(): void {
    this.off?.();
  }

  override render() {
    // Preact leaves an element with inner HTML as it finds it when hydrating, and as long as that HTML string is the same.
    return <div class="check-live" dangerouslySetInnerHTML={{ __html: '' }} />;
  }
}
