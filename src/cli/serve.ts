// `npm run serve` / `npm run site`: serve a built site locally and print its URL.
// Usage: node src/cli/serve.ts [dir]   (dir defaults to dist; PORT and HOST override the address)
import { startStaticServer } from './static-server.ts';

const root = process.argv[2] ?? 'dist';
const host = process.env['HOST'] ?? '127.0.0.1';
const requested = process.env['PORT'];

async function listen() {
  if (requested !== undefined) return startStaticServer({ root, host, port: Number(requested) });
  // Astro's usual port when free, otherwise any free port.
  try {
    return await startStaticServer({ root, host, port: 4321 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    return startStaticServer({ root, host, port: 0 });
  }
}

try {
  const { url } = await listen();
  console.log(`Serving ${root} at ${url}  (Ctrl+C to stop)`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
}
