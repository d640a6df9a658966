// The no-flash theme boot script and the integration that puts it in every page's <head>. Kept
// apart from theme.ts so the bundled theme switch does not carry this string a second time.
import type { AstroIntegration } from 'astro';
import { THEME_KEY } from './theme.ts';

/**
 * A classic inline script in <head>: it runs before <body> is parsed, so nothing is painted in
 * the wrong theme. Tiny and dependency-free. It also marks the root `data-js`, so controls that need JavaScript
 * (the theme switch) are shown only when it runs, from the first frame: without it there is no dead button. A URL
 * carrying a check's scenario (`?ln.v=1&…`) marks it `data-scenario`, so the check's server-rendered example is not
 * shown as the answer to that scenario while the check works it out (src/styles/checks.css).
 */
export const THEME_BOOT_SCRIPT = `document.documentElement.dataset.js="";try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}try{if(/[?&]\\w+\\.v=/.test(location.search))document.documentElement.dataset.scenario=""}catch(e){}`;

/**
 * Injects THEME_BOOT_SCRIPT as a `head-inline` script. Astro renders those in <head> after its CSP
 * <meta> tag (so the policy covers the script) and adds their SHA-256 to the policy itself. An
 * `is:inline` script written in the layout's <head> would land before the <meta> tag, and one at
 * the top of <body> can run after a first frame has been drawn.
 */
export function themeBoot(): AstroIntegration {
  return {
    name: 'k401:theme-boot',
    hooks: {
      'astro:config:setup': ({ injectScript }) => injectScript('head-inline', THEME_BOOT_SCRIPT),
    },
  };
}
