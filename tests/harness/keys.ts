// Key presses sent in one batch through the DevTools protocol. Chromium handles input events in the order they
// arrive, so a batch moves focus exactly as the same presses one by one would; it only saves the round trip the test
// would otherwise wait for after each press (Playwright's keyboard.press sends key-down, waits, sends key-up, waits).
import type { CDPSession, Page } from 'playwright-core';

const TAB = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 } as const;
const sessions = new WeakMap<Page, Promise<CDPSession>>();

/** Presses Tab `times` times, as a reader tabbing through the page does. */
export async function pressTab(page: Page, times: number): Promise<void> {
  let session = sessions.get(page);
  if (!session) sessions.set(page, (session = page.context().newCDPSession(page)));
  const cdp = await session;
  const sent: Promise<unknown>[] = [];
  for (let i = 0; i < times; i++) {
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...TAB }));
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...TAB }));
  }
  await Promise.all(sent);
}
