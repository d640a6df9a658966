// The form controls of a check island as a reader meets them: read from the page, set to another value, read back.
// Shared by the check browser tests and the monkey test; nothing here knows the engine's fields.
import type { Page } from 'playwright-core';

/** A form control as the page renders it: the request field it sets (its `name`) and what kind of control it is. */
export type Control = { name: string; kind: 'yes-no' | 'set' | 'radio' | 'select' | 'date' | 'text'; options: string[] };

/** Every control of a check's form, read from the page (the form is the reader's, not the test's, list of fields). */
export async function controlsOf(page: Page, id: string): Promise<Control[]> {
  return page.locator(`#check-${id} form.cf-form`).evaluate((form) => {
    const out = new Map<string, Control>();
    for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]')) {
      const name = el.name;
      const set = el.closest('.cf-set') !== null;
      // A choice is a group of radio buttons, one per answer (their ids: the field's id and the answer, or "none").
      const radio = (el as HTMLInputElement).type === 'radio';
      const kind = set ? 'set' : radio ? 'radio' : el.tagName === 'SELECT' ? 'select' : (el as HTMLInputElement).type === 'checkbox' ? 'yes-no' : (el as HTMLInputElement).type === 'date' ? 'date' : 'text';
      const c = out.get(name) ?? { name, kind, options: [] as string[] };
      if (set || radio) c.options.push(el.value);
      out.set(name, c as Control);
    }
    return [...out.values()];
  });
}

/** A control's value as the form shows it, for any kind of control. */
export async function controlValue(page: Page, ns: string, c: Control): Promise<string> {
  return (await controlValues(page, ns, [c]))[c.name]!;
}

/** Sets a control to a value different from its current one; returns the new value as controlValue reads it. */
export async function changeControl(page: Page, ns: string, c: Control): Promise<string> {
  const id = `#${ns}-${c.name}`;
  const now = await controlValue(page, ns, c);
  switch (c.kind) {
    case 'yes-no':
      await page.locator(id).setChecked(now !== 'true');
      return String(now !== 'true');
    case 'set': {
      const o = c.options.find((x) => !now.split(',').includes(x))!;
      await page.locator(`${id}-${o}`).check();
      return [...now.split(',').filter(Boolean), o].join(',');
    }
    case 'radio': {
      const o = c.options.find((x) => x !== now && x !== '')!;
      await page.locator(`${id}-${o}`).check();
      return o;
    }
    case 'select': {
      const values = await page.locator(`${id} option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      const v = values.find((x) => x !== now && x !== '')!;
      await page.locator(id).selectOption(v);
      return v;
    }
    case 'date': {
      const v = now === '2025-02-03' ? '2025-02-04' : '2025-02-03';
      await page.locator(id).fill(v);
      await page.locator(id).blur();
      return v;
    }
    default: {
      const v = now === '7' ? '8' : '7';
      await page.locator(id).fill(v);
      await page.locator(id).blur();
      return v;
    }
  }
}

/** Every control's value as the form shows it, by name: one call to the page, not one per control or option. */
export async function controlValues(page: Page, ns: string, controls: Control[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const values = await page.evaluate(
    ({ ns, controls }) =>
      controls.map((c) => {
        const id = `${ns}-${c.name}`;
        const ids = c.kind === 'set' || c.kind === 'radio' ? c.options.map((o) => `${id}-${o || 'none'}`) : [id];
        const els = ids.map((x) => document.getElementById(x) as HTMLInputElement | null);
        const missing = ids.filter((_, i) => !els[i]);
        if (missing.length > 0) throw new Error(`no control #${missing.join(', #')}`);
        if (c.kind === 'yes-no') return String(els[0]!.checked);
        if (c.kind === 'set') return c.options.filter((_, i) => els[i]!.checked).join(',');
        if (c.kind === 'radio') return c.options.find((_, i) => els[i]!.checked) ?? '';
        return els[0]!.value;
      }),
    { ns, controls },
  );
  controls.forEach((c, i) => (out[c.name] = values[i]!));
  return out;
}
