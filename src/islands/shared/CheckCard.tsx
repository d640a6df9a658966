/**
 * A check embedded in a guide, in the browser. The server renders it as a card (CheckCard.astro): the check's worked
 * example in brief, marked Example, and "Try it with your numbers", a link to the check's own page, which is what it
 * stays without JavaScript. When the reader follows that link, or arrives by a guide URL carrying the check's
 * scenario, open-cards.ts mounts this island over the card: it loads the form spec and the live check, which replace
 * the card, focuses its first field (when the reader asked), and the check's rules work out the example's result.
 */
import { Component, h, hydrate, render, type ComponentType } from 'preact';
import type { CheckId } from '../../engine/index.ts';
import type { ShellProps } from './CheckShell.tsx';
import type { CheckProps } from './check-state.ts';

/**
 * Mounts a check's island over its card (open-cards.ts calls it): the card's element becomes the island's root with
 * its HTML kept as it is, as Astro hydrates an island, until CheckCard below replaces it with the live check.
 */
export function mountCard<K extends CheckId>(island: ComponentType<CheckProps<K>>, props: CheckProps<K>, card: Element): void {
  hydrate(h(island, { ...props, mode: CheckCard as ComponentType<ShellProps<K>> }), card.parentElement!);
}

export class CheckCard<K extends CheckId> extends Component<ShellProps<K>> {
  private declare off: (() => void) | undefined;

  override componentDidMount(): void {
    const p = this.props;
    const el = this.base as HTMLElement;
    const { focus = true, failed } = p.props.opened ?? {};
    let opening = false;
    const open = () => {
      if (opening) return;
      opening = true;
      el.setAttribute('aria-busy', 'true');
      Promise.all([p.form(), import('./LiveCheck.tsx')]).then(
        ([form, { LiveCheck }]) => {
          el.removeEventListener('click', onClick);
          el.removeAttribute('aria-busy');
          // The live check replaces the card. With no server-rendered result to keep (the island's slot is the card),
          // it works out the example's result itself (check-state.ts), still labelled Example.
          el.textContent = '';
          render(<LiveCheck {...p} props={{ ...p.props, children: undefined }} form={form.default} engines={form.engines} />, el);
          if (focus) el.querySelector<HTMLElement>('.cf-form input, .cf-form select')?.focus();
        },
        () => {
          opening = false;
          el.removeAttribute('aria-busy');
          failed?.(el);
        },
      );
    };
    // After a failed load, the link tries again.
    function onClick(e: MouseEvent) {
      // A modified click (a new tab or window) follows the link to the check's own page.
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      if (!(e.target as Element | null)?.closest('.cc-try')) return;
      e.preventDefault();
      open();
    }
    el.addEventListener('click', onClick);
    open();
    this.off = () => el.removeEventListener('click', onClick);
  }

  override componentWillUnmount(): void {
    this.off?.();
  }

  override render() {
    // Preact leaves an element with inner HTML as it finds it when hydrating: the server's card stays until replaced.
    return <div class="check-live" dangerouslySetInnerHTML={{ __html: '' }} />;
  }
}
