// One handle on the built site for a browser-test file: the static server over dist/, a headless
// Chromium, and pages that come with the guards on. Use openSite() in beforeAll, close() in afterAll.
// Under the browser config the server and Chromium are the run's shared ones (tests/harness/global-setup.ts):
// a file connects and closes only its own contexts. Run any other way, a file starts its own.
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { startStaticServer } from '../../src/cli/static-server.ts';
import type { ThemeChoice } from '../../src/lib/theme.ts';
import { findTestChromium, TEST_CHROMIUM_ARGS } from './chromium.ts';
import { guardContext, guardPage, type Guarded } from './guards.ts';
import { DIST_DIR } from './pages.ts';
import { setTheme } from './theme.ts';

/** A desktop window: the viewport a page opens with unless a test asks for another. */
export const DEFAULT_VIEWPORT = { width: 1280, height: 900 };

export interface OpenPageOptions {
  /** Stored theme choice, applied before every navigation; leave out to start with none. */
  theme?: ThemeChoice;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** false to load pages as a reader without JavaScript sees them. */
  javaScriptEnabled?: boolean;
  /** Browser permissions to grant, e.g. ['clipboard-read', 'clipboard-write']. */
  permissions?: string[];
}

export interface GuardedPage extends Guarded {
  page: Page;
  context: BrowserContext;
  /** Throws with every recorded problem, if any. */
  assertClean: () => void;
}

export interface Site {
  origin: string;
  browser: Browser;
  url: (path: string) => string;
  openPage: (options?: OpenPageOptions) => Promise<GuardedPage>;
  close: () => Promise<void>;
}

/** The run's shared server and browser when the global setup started them; else this file's own. */
async function serverAndBrowser(): Promise<{ siteUrl: string; browser: Browser; close: () => Promise<void> }> {
  const siteUrl = inject('siteUrl');
  const wsEndpoint = inject('wsEndpoint');
  if (siteUrl && wsEndpoint) {
    const browser = await chromium.connect(wsEndpoint);
    return { siteUrl, browser, close: () => browser.close() };
  }
  const server = await startStaticServer({ root: DIST_DIR });
  const browser = await chromium.launch({ executablePath: findTestChromium(), headless: true, args: [...TEST_CHROMIUM_ARGS] }).catch(async (err: unknown) => {
    await server.close();
    throw err;
  });
  return {
    siteUrl: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export async function openSite(): Promise<Site> {
  const { siteUrl, browser, close } = await serverAndBrowser();
  const origin = new URL(siteUrl).origin;
  const contexts: BrowserContext[] = [];

  async function openPage(options: OpenPageOptions = {}): Promise<GuardedPage> {
    const contextOptions: BrowserContextOptions = {
      viewport: options.viewport ?? DEFAULT_VIEWPORT,
      colorScheme: options.colorScheme ?? 'light',
      reducedMotion: 'reduce',
      ...(options.javaScriptEnabled === false ? { javaScriptEnabled: false } : {}),
      ...(options.permissions ? { permissions: options.permissions } : {}),
    };
    const context = await browser.newContext(contextOptions);
    contexts.push(context);
    const guarded: Guarded = { problems: [] };
    await guardContext(context, origin, guarded);
    if (options.theme) await setTheme(context, options.theme);
    const page = await context.newPage();
    guardPage(page, guarded);
    return {
      page,
      context,
      problems: guarded.problems,
      assertClean: () => {
        if (guarded.problems.length > 0) throw new Error(`page problems:\n  ${guarded.problems.join('\n  ')}`);
      },
    };
  }

  return {
    origin,
    browser,
    url: (path) => new URL(path, siteUrl).href,
    openPage,
    close: async () => {
      await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
      await close();
    },
  };
}

export interface SharedPages {
  /** The page for this kind of reader (theme, colour scheme, JavaScript, permissions), at the viewport asked for. */
  openPage: (options?: OpenPageOptions) => Promise<GuardedPage>;
  /** Before each test: clears every shared page's recorded problems, print emulation and routes. */
  reset: () => Promise<void>;
}

/**
 * One browser page per kind of reader, opened on first use and shared by the tests of a file that ask for that kind.
 * A test must navigate it first; what it shares with earlier tests is the context's cache (the site's code stays
 * parsed), its storage and the tab's history. A fresh context per test costs Chromium a new renderer process and a
 * cold cache — about a CPU-second, several times the navigation itself — which is why a file shares pages where its
 * tests allow it.
 */
export function sharedPages(site: Site): SharedPages {
  const pages = new Map<string, Promise<GuardedPage>>();
  return {
    openPage: async ({ viewport, ...kind }: OpenPageOptions = {}) => {
      const key = JSON.stringify(kind);
      let g = pages.get(key);
      if (!g) pages.set(key, (g = site.openPage(kind)));
      const guarded = await g;
      await guarded.page.setViewportSize(viewport ?? DEFAULT_VIEWPORT);
      return guarded;
    },
    reset: async () => {
      for (const g of pages.values()) {
        const { page, problems } = await g;
        problems.length = 0;
        await page.emulateMedia({ media: null });
        await page.unrouteAll({ behavior: 'wait' });
      }
    },
  };
}
