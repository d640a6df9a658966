/**
 * A check on its own page, in the browser. The server rendered the island there as plain HTML inside
 * `data-check-page` (Check.astro); open-cards.ts mounts it as the page loads (`mountPage`), dormant: the form is
 * editable, with no code behind it, until the reader first touches it (or at once for a link carrying its scenario),
 * when the form spec, the live check and the check's rules load and the live check takes over the same DOM, reading
 * what was typed meanwhile. A guide's cards never load this (CheckCard.tsx is theirs).
 */
import { Component, h, hydrate, type ComponentType } from 'preact';
import type { CheckId } from '../../engine/index.ts';
import type { IslandId } from '../registry.ts';
import type { ShellProps } from './CheckShell.tsx';
import type { CheckProps } from './check-state.ts';

/** The server's HTML of an island's slot, kept as it is (Preact leaves inner HTML alone while the string is the same). */
function Kept({ html }: { html: string }) {
  return h('div', { class: 'cr-kept', dangerouslySetInnerHTML: { __html: html } });
}
Kept.shouldComponentUpdate = () => false;

/**
 * Mounts a check's island on the check's own page (open-cards.ts calls it). The server rendered the island there as
 * plain HTML inside `data-check-page` (Check.astro), with no astro-island; this hydrates it in place, keeping that
 * HTML as it is, as Astro's island runtime would, and marks the element `data-mounted`. The island's slot — the
 * server's result of the starting request in `.cr-kept`, which the live check shows until its first answer — is
 * handed back as that same HTML.
 */
export function mountPage(island: ComponentType<CheckProps<IslandId>>, el: HTMLElement): void {
  const slot = el.querySelector('.cr-kept');
  const start = el.dataset['start'];
  const props: CheckProps<IslandId> = {
    id: el.dataset['checkPage'] as IslandId,
    ns: el.dataset['ns'] ?? '',
    ...(start ? { start: JSON.parse(start) as Record<string, unknown> } : {}),
    ...(slot ? { children: h(Kept, { html: slot.innerHTML }) } : {}),
  };
  hydrate(h(island, { ...props, mode: Dormant as ComponentType<ShellProps<IslandId>> }), el);
  el.setAttribute('data-mounted', '');
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
  private declare off: (() => void) | undefined;

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
