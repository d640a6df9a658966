/**
 * The island every check shares. On the server it renders the whole check, form and result (LiveCheck.tsx). In the
 * browser it is what the script that mounted it says (`props.mode`): on a check's own page the dormant check
 * (CheckPage.tsx), which keeps the server's HTML exactly as it is, editable but with no code behind it, until the
 * reader first touches the check (or at once for a link carrying its scenario), when the form spec, the live check
 * and the check's rules load and the live check takes over the same DOM, reading what was typed meanwhile; in a guide
 * the card (CheckCard.tsx), which opens into the live check. A reader who only reads loads none of them, and a page
 * loads only its own mode's code. A check supplies its form spec's loader and how to show its result.
 */
import type { ComponentChildren } from 'preact';
import type { CheckId, ResultOf } from '../../engine/index.ts';
import { serverForm, serverLive } from './server-render.ts';
import type { CheckProps, FormLoader } from './check-state.ts';

export type ShellProps<K extends CheckId> = {
  props: CheckProps<K>;
  /** Loads the check's form spec: `() => import('virtual:check-form/<id>')`. */
  form: FormLoader;
  /** One sentence for the live region when the result changes. */
  headline: (result: ResultOf<K>) => string;
  children: (result: ResultOf<K>) => ComponentChildren;
};

export function CheckShell<K extends CheckId>(p: ShellProps<K>) {
  // In the browser: the mode open-cards.ts mounted the island in (CheckPage.tsx or CheckCard.tsx).
  const Mode = p.props.mode;
  if (Mode) return <Mode {...p} />;
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
  return null;
}
