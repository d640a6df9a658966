// The build's last step (`npm run build`: astro build, then Pagefind's index, then this): drops Pagefind's
// data-pagefind-* attributes from every built page once Pagefind has indexed them (src/lib/pagefind-marks.ts).
// Run it only after `pagefind --site <dir>`: an index built from the stripped pages would take in their headers,
// menus and footers. Usage: node src/cli/drop-pagefind-marks.ts [dist]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { dropPagefindMarks } from '../lib/pagefind-marks.ts';

const dist = process.argv[2] ?? 'dist';
let pages = 0;
let saved = 0;
for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
  if (!file.endsWith('.html') || file.startsWith(`pagefind${sep}`)) continue;
  const path = join(dist, file);
  const html = readFileSync(path, 'utf8');
  const out = dropPagefindMarks(html);
  if (out === html) continue;
  writeFileSync(path, out);
  pages++;
  saved += Buffer.byteLength(html) - Buffer.byteLength(out);
}
console.log(`drop-pagefind-marks: ${pages} pages, ${saved} bytes of Pagefind attributes dropped after indexing`);
