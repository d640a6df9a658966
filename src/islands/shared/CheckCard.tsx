/**
 * A check embedded in a guide, in the browser. The server renders it as a card (Check.astro): the check's worked
 * example in brief, marked Example, and "Try it with your numbers", a link to the check's own page, which is what it
 * stays without JavaScript. Here that link opens the full check in place instead: the form spec and the live check
 * load and replace the card, focus goes to its first field, and the check's rules work out the example's result. A
 * guide URL carrying this check's scenario opens it at once, live. A reader who only reads loads none of it.
 */
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { CheckId } from '../../engine/index.ts';
import type { ShellProps } from './CheckShell.tsx';

export function CheckCard<K extends CheckId>(p: ShellProps<K>) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = root.current!;
    let opening = false;
    const open = (focus: boolean) => {
      if (opening) return;
      opening = true;
      el.setAttribute('aria-busy', 'true');
      Promise.all([p.form(), import('./LiveCheck.tsx')]).then(
        ([form, { LiveCheck }]) => {
          el.removeEventListener('click', onClick);
          el.removeAttribute('aria-busy');
          // The live check replaces the card. With no server-rendered result to keep (the island's slot is the card),
          // it works out the example's result itself (use-check.ts), still labelled Example.
          el.textContent = '';
          render(<LiveCheck {...p} props={{ ...p.props, children: undefined }} form={form.default} />, el);
          if (focus) el.querySelector<HTMLElement>('.cf-form input, .cf-form select')?.focus();
        },
        () => {
          opening = false;
          el.removeAttribute('aria-busy');
          // An alert is announced when it is added; the card has no empty live region waiting for it.
          if (el.querySelector('.cc-failed')) return;
          const note = document.createElement('p');
          note.className = 'cc-failed';
          note.setAttribute('role', 'alert');
          note.textContent = 'The check could not be loaded. Check your connection and try again, or open the check’s own page.';
          el.querySelector('.cc')?.append(note);
        },
      );
    };
    function onClick(e: MouseEvent) {
      // A modified click (a new tab or window) follows the link to the check's own page.
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      if (!(e.target as Element | null)?.closest('.cc-try')) return;
      e.preventDefault();
      open(true);
    }
    el.addEventListener('click', onClick);
    // A link that carries this check's scenario opens it at once.
    if ([...new URLSearchParams(location.search).keys()].some((k) => k.startsWith(`${p.props.ns}.`))) open(false);
    return () => el.removeEventListener('click', onClick);
  }, []);
  // Preact leaves an element with inner HTML as it finds it when hydrating: the server's card stays until opened.
  return <div class="check-live" ref={root} dangerouslySetInnerHTML={{ __html: '' }} />;
}
