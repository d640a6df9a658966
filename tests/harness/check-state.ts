// When a check on a page can be read: its island has hydrated and, for a URL carrying its scenario, the live check has
// taken over; its result is no longer busy.
import type { Page } from 'playwright-core';
import { CHECK_ISLANDS } from '../../src/islands/registry.ts';

/** The check `id`'s island has hydrated, and has read the scenario its page's URL carries, if any. */
export async function checkHydrated(page: Page, id: string): Promise<void> {
  // A check's own page: its island has hydrated (open-cards.ts marks it `data-mounted`). A guide's card is plain HTML
  // whose opener runs before the page's load event (a module script), so it is ready once it is there.
  await page.locator(`#check-${id} :is([data-check-page][data-mounted], [data-check-card])`).first().waitFor({ state: 'attached' });
  // A URL carrying the check's scenario wakes it at once, but only after the island's first paint: until the live check
  // has read the URL, the server's example result is still there and not yet marked busy. Wait for the live check:
  // it shows the scenario (no longer "example") or says why the link could not be read (its notice).
  const ns = CHECK_ISLANDS.find((i) => i.id === id)!.ns;
  const fromUrl = [...new URL(page.url()).searchParams.keys()].some((k) => k.startsWith(`${ns}.`) && k !== `${ns}.v`);
  if (fromUrl) await page.locator(`#check-${id} :is(.cf:not([data-state="example"]), .cf-notice)`).first().waitFor({ state: 'attached' });
}

/** The check `id`'s result is not busy: it answers the form as it stands. */
export async function checkSettled(page: Page, id: string): Promise<void> {
  await page.locator(`#check-${id} .cr:not([aria-busy])`).waitFor();
}
