// Finds and launches the system Chromium for browser tests. Playwright's own browser download is
// not used (it cannot run on these machines); Debian's chromium package is.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const INSTALL_HINT =
  'Chromium not found. Install it (Debian/Ubuntu, as root): apt-get update && apt-get install -y chromium\n' +
  'or point CHROME_PATH at a Chromium or Chrome binary.';

/** CHROME_PATH if set, else `chromium` (or `chromium-browser`) on the PATH. */
export function findChromium(): string {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist.\n${INSTALL_HINT}`);
    return fromEnv;
  }
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // Not on the PATH; try the next name.
    }
  }
  throw new Error(INSTALL_HINT);
}

/** Flags that keep Chromium quiet on a machine with a closed network (no update or sync calls). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

/**
 * The browser tests' flags: the above, and no host name resolves but the local server's. A page's request to any
 * other host fails at once in Chromium's own resolver, so no test can depend on the network, without routing every
 * request of every page through Playwright to decide (tests/harness/guards.ts records such requests as problems).
 */
export const TEST_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'] as const;

/**
 * The Chromium for browser tests: CHROME_PATH if set, else Debian's headless shell (chromium-headless-shell) when
 * installed, else findChromium(). The shell is the same Blink and V8 without the browser's windows and tab UI — what
 * Playwright itself runs for headless tests. On this site a check writes its scenario into the URL on every change,
 * and each history entry costs the full browser four times the CPU (200 replaceState: 4.8 s against 1.2 s); a new
 * context costs it three times as much (1.9 s against 0.6 s), all of it in UI a headless run never shows.
 * Lighthouse keeps findChromium (its figures are for the browser readers use).
 */
export function findTestChromium(): string {
  if (process.env['CHROME_PATH']) return findChromium();
  try {
    const path = execFileSync('sh', ['-c', 'command -v chromium-headless-shell'], { encoding: 'utf8' }).trim();
    if (path) return path;
  } catch {
    // Not installed (apt-get install -y chromium-headless-shell); the full browser runs the same tests.
  }
  return findChromium();
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: [...CHROMIUM_ARGS] });
}
