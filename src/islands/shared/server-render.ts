/**
 * What the server needs to render a check island synchronously (Preact renders to a string in one pass, so it cannot
 * wait for the loaders the browser uses): each check's form spec and the live check's components. Check.astro
 * provides them before rendering its island; the browser never reads them.
 */
import type { CheckForm } from './check-state.ts';
import type { LiveCheck, StaticResult } from './LiveCheck.tsx';

type Live = { LiveCheck: typeof LiveCheck; StaticResult: typeof StaticResult };

const forms = new Map<string, CheckForm>();
let live: Live | undefined;

export function provideForServer(form: CheckForm, components: Live): void {
  forms.set(form.id, form);
  live = components;
}

export function serverForm(id: string): CheckForm {
  const form = forms.get(id);
  if (!form) throw new Error(`No form spec for check "${id}": render it through Check.astro.`);
  return form;
}

export function serverLive(): Live {
  if (!live) throw new Error('The live check is rendered through Check.astro.');
  return live;
}
