#!/usr/bin/env bash
# The README's Performance comparison: the early-withdrawals guide built as a default Astro
# Starlight site OUTSIDE the repo (/tmp/starlight-compare, or $STARLIGHT_DIR), then measured by the
# same Lighthouse script that `npm run lighthouse` runs on this site: same machine, same Chromium,
# same static server (gzip on). Nothing of Starlight's is committed; only this script.
#
#   npm run build   (or DIST_DIR=<a build>)   — the article is taken from this site's built page
#   bash tests/lighthouse/starlight-compare.sh          # JSON also in $STARLIGHT_DIR/lighthouse.json
#   RUNS=3 bash tests/lighthouse/starlight-compare.sh   # median of 3 runs
#
# The article: the guide's <article> as this site renders it (figures and tables resolved from the
# data), with the what-if check islands removed, turned into plain Markdown by turndown (GFM
# tables): headings, paragraphs, lists, tables and links, no components.
set -euo pipefail

REPO="$(cd "$(dirname "$0")/../.." && pwd)"
DIR="${STARLIGHT_DIR:-/tmp/starlight-compare}"
DIST="${DIST_DIR:-$REPO/dist}"
ASTRO_VERSION="$(node -p "require('$REPO/package.json').dependencies.astro")"
STARLIGHT_VERSION="${STARLIGHT_VERSION:-0.42.4}" # the release whose peer range takes Astro 7
# Run Astro under the project's Node 24 (Astro 7 needs 22.12+), as `npm run` does in the repo.
export PATH="$REPO/node_modules/.bin:$PATH"

mkdir -p "$DIR/src/content/docs"
cd "$DIR"
if [ ! -d node_modules/@astrojs/starlight ] || [ ! -d node_modules/turndown-plugin-gfm ]; then
  [ -f package.json ] || { npm init -y >/dev/null && npm pkg set type=module; }
  npm install -E --no-audit --no-fund "astro@$ASTRO_VERSION" "@astrojs/starlight@$STARLIGHT_VERSION" \
    turndown@7.2.5 turndown-plugin-gfm@1.0.2
fi

cat > astro.config.mjs <<'CONFIG'
// A default Starlight site: no options beyond a title.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [starlight({ title: '401(k) Tax Guide' })],
});
CONFIG

cat > src/content.config.ts <<'CONFIG'
import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
CONFIG

cat > to-markdown.mjs <<'CONVERT'
// node to-markdown.mjs <built guide index.html>  →  Starlight page (front matter + Markdown) on stdout
import { readFileSync } from 'node:fs';
import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';

const html = readFileSync(process.argv[2], 'utf8');
const start = html.indexOf('<article');
const article = html.slice(start, html.lastIndexOf('</article>') + '</article>'.length);
const attr = (name) => new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html)?.[1] ?? '';
const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(article)[1].replace(/<[^>]+>/g, '').trim();
const body = article
  .replace(/<h1[\s\S]*?<\/h1>/, '')
  .replace(/<astro-island[\s\S]*?<\/astro-island>/g, '')
  // A guide's check is a plain-HTML card now, the last thing in its section: left out as its island was.
  .replace(/<div class="check-island">[\s\S]*?(?=<\/section>)/g, '')
  .replace(/<(script|style|template|form)\b[\s\S]*?<\/\1>/g, '');
const td = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-' });
td.use(gfm);
const decode = (s) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const yaml = (s) => JSON.stringify(decode(s));
process.stdout.write(`---\ntitle: ${yaml(title)}\ndescription: ${yaml(attr('description'))}\n---\n\n${td.turndown(body)}\n`);
CONVERT

node to-markdown.mjs "$DIST/guides/early-withdrawals/index.html" > src/content/docs/index.md
# Starlight links /favicon.svg from every page; its starter template ships one, so give it ours.
mkdir -p public && cp "$REPO/public/favicon.svg" public/
rm -rf dist
astro build >/dev/null
cd "$REPO"
node tests/lighthouse/run.ts --dist "$DIR/dist" --pages / --runs "${RUNS:-1}" --json "$DIR/lighthouse.json"
