// Renders public/favicon.svg into the PNG icons that browsers and the web manifest ask for:
// apple-touch-icon.png (180 px, iOS home screen), icon-192.png and icon-512.png (manifest).
// Run after changing the SVG: node src/cli/make-icons.ts (needs Chromium: CHROME_PATH, else /usr/bin/chromium).
// The PNGs are committed, so neither the build nor CI needs a browser for them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const PUBLIC = join(import.meta.dirname, '..', '..', 'public');
const SIZES: [file: string, px: number][] = [
  ['apple-touch-icon.png', 180],
  ['icon-192.png', 192],
  ['icon-512.png', 512],
];

const svg = readFileSync(join(PUBLIC, 'favicon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env['CHROME_PATH'] || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const [file, px] of SIZES) {
    const page = await browser.newPage({ viewport: { width: px, height: px } });
    // Full-bleed square (iOS and Android round the corners themselves), the mark shrunk to the
    // middle 70% so that no platform mask clips the text.
    const square = svg
      .replace(/viewBox="[^"]*"/, 'viewBox="-7 -7 46 46"')
      .replace(/<rect [^>]*?fill="([^"]+)"[^>]*\/>/, '<rect x="-7" y="-7" width="46" height="46" fill="$1"/>');
    await page.setContent(
      `<html><body style="margin:0">${square.replace('<svg ', `<svg width="${px}" height="${px}" `)}</body></html>`,
    );
    await page.screenshot({ path: join(PUBLIC, file), omitBackground: false });
    await page.close();
    console.log(`wrote public/${file} (${px}×${px})`);
  }
} finally {
  await browser.close();
}
