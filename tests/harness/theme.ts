// Sets the reader's theme choice before any page script runs, the way a returning reader arrives.
import type { BrowserContext } from 'playwright-core';
import { THEME_KEY, type ThemeChoice } from '../../src/lib/theme.ts';

export async function setTheme(context: BrowserContext, choice: ThemeChoice): Promise<void> {
  await context.addInitScript(
    ([key, value]) => {
      try {
        if (value === 'system') localStorage.removeItem(key);
        else localStorage.setItem(key, value);
      } catch {
        // about:blank has no storage; the next document does.
      }
    },
    [THEME_KEY, choice] as const,
  );
}
