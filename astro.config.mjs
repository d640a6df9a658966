// @ts-check
// Site configuration. The one deploy-time setting is SITE_URL (see README, "Deploy"): the public
// origin the site is served from, used for canonical links. Everything else is fixed here.
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { checkFiguresOnly } from './src/lib/check-figures.ts';
import { citedSourcesOnly } from './src/lib/cited-sources.ts';
import { checkFormPlugin, fieldsAsParsers } from './src/lib/check-form.ts';
import { cspHeader } from './src/lib/csp-header.ts';
import { smallPreloadHelper } from './src/lib/preload-helper.ts';
import { themeBoot } from './src/lib/theme-boot.ts';

const SITE_URL = process.env['SITE_URL'] || 'https://401k-tax-guide.example';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One cacheable stylesheet instead of <style> blocks repeated in every page.
    inlineStylesheets: 'never',
  },
  markdown: {
    // Shiki colours code with inline style attributes, which the CSP blocks. Guides have no code
    // listings; if they ever do, use 'prism' (classes) and add its theme to src/styles/.
    syntaxHighlight: false,
  },
  vite: {
    // Each check's chunk carries the titles and URLs of only the sources that check can cite (src/lib/cited-sources.ts)
    // and only the figures it reads (src/lib/check-figures.ts); each check's form spec is a module of its own script
    // (`virtual:check-form/<id>`, src/lib/check-form.ts), not in every page's HTML; the engine's modules in the browser
    // keep their fields' parsers without the labels and help the form spec carries (fieldsAsParsers).
    plugins: [citedSourcesOnly(), checkFiguresOnly(), checkFormPlugin(), fieldsAsParsers(), smallPreloadHelper()],
    build: {
      rolldownOptions: {
        output: {
          // Fewer, fuller scripts: gzip compresses one file of what always loads together better than several (each
          // starts with an empty dictionary). Measured with `npm run budget` ("JS gz after one check"): Preact in the
          // check shell, 25.45 → 25.04 kB on /checks/loss/; the live form with the engine's core, → 24.85 kB (on load
          // +0.15 kB: Rolldown's small runtime helper becomes a file of its own). Nothing loads that a page did not load
          // before, and nothing loads earlier.
          codeSplitting: {
            groups: [
              // The preload helper (src/islands/shared/preload.ts, served as Vite's by smallPreloadHelper) with the script
              // that mounts checks and opens cards (src/islands/shared/open-cards.ts), which every page with a check loads at
              // once and which needs it — not in the check shell, where it would otherwise sit: a guide loads the shell only
              // when a card is opened (−0.13 kB gz on every such page).
              { name: 'open-cards', test: /vite[\\/]preload-helper|[\\/]src[\\/]islands[\\/]shared[\\/](open-cards|preload)\.ts$/, priority: 3 },
              // What every check's island runs on: Preact (not its hooks, which no island uses: the Astro renderer's client,
              // which no page loads, pulls them in with @preact/signals), the check's shell and the
              // small helpers every result view shares (dollar formatting, the date helpers, labels, the numbers list).
              // Most result views read the dates on load anyway; for the loss and exceptions pages they now come with
              // the shell rather than with the first touch (on load +0.84 kB there, after one check −0.16 kB). How the
              // island runs — dormant on a check's page (CheckPage.tsx), a card in a guide (CheckCard.tsx) — is a chunk of
              // each, so a page loads only its own.
              { name: 'check-shell', test: /[\\/]node_modules[\\/]preact[\\/](dist|jsx-runtime)[\\/]|[\\/]src[\\/](islands[\\/]shared[\\/](CheckShell|server-render|format|labels|Numbers)\.tsx?|engine[\\/](format|core[\\/]dates)\.ts|data[\\/]calendar\.ts)$/, priority: 1 },
              // What the reader's first touch of any check loads besides the check's own code: the live form, its
              // loader, and the engine's core that every check's entry runs on (lowest priority, so the groups above
              // keep what they capture).
              { name: 'live', test: /[\\/]src[\\/](islands[\\/]shared[\\/](LiveCheck|form-model|Field|check-state|load-check)\.tsx?|engine[\\/]core[\\/](run-check|check|explain|request-kit|field-meta)\.ts|data[\\/](figure-registry|dated|citations)\.ts)$/, priority: 0 },
            ],
          },
        },
      },
    },
  },
  integrations: [
    mdx(),
    preact(),
    themeBoot(),
    // sitemap-index.xml + sitemap-0.xml from every built page (404 left out by the integration);
    // /search/ is a tool with no content of its own. robots.txt (src/pages/robots.txt.ts) points here.
    sitemap({ filter: (page) => new URL(page).pathname !== '/search/' }),
    // The pages' policy, with frame-ancestors, as a header in dist/_headers (the <meta> tag cannot carry it).
    cspHeader(),
  ],
  security: {
    // A strict Content Security Policy in a <meta> tag on every page. Astro adds the SHA-256 of
    // each script and stylesheet it emits, the injected theme boot script included.
    // (is:inline scripts are NOT hashed by Astro: avoid them, or add Astro.csp.insertScriptHash.)
    // No 'unsafe-inline' for scripts or styles, so inline style="" attributes are blocked too.
    // What a <meta> cannot carry (frame-ancestors, X-Content-Type-Options, ...) is in public/_headers; the
    // cspHeader integration below also writes this policy there as a header after the build.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search core; it allows no JS eval.
        // Pagefind runs it in a worker (which the page's <meta> policy does not cover), but falls
        // back to this page when the worker fails or is slow to start, and then needs it.
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
    },
  },
});
