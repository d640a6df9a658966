// A dependency-free static file server over a built site (dist/): the one used by `npm run serve`
// and by the browser-test harness. Real 404s (with the site's 404.html), directory indexes,
// trailing-slash redirects, the content types the site and Pagefind use, and the headers from
// the site's `_headers` file (its `/*` block), so local serving matches a static host.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  // Pagefind's index files are gzip-compressed binary that its own script decompresses: serve
  // them as opaque bytes, without a Content-Encoding header.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export function contentType(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Types a static host compresses: text, SVG and the manifest (never Pagefind's pre-compressed files). */
export function isCompressible(type: string): boolean {
  return /^(text\/|image\/svg\+xml|application\/(json|xml|manifest\+json))/.test(type);
}

/** Headers from the `/*` block of a Netlify/Cloudflare-style `_headers` file. */
export function parseGlobalHeaders(text: string): [string, string][] {
  const headers: [string, string][] = [];
  let inGlobal = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (line === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inGlobal = line === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (inGlobal && colon > 0) headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return headers;
}

type Resolved =
  | { kind: 'file'; path: string; size: number }
  | { kind: 'redirect'; location: string }
  | { kind: 'missing' };

async function isFile(path: string): Promise<number | undefined> {
  try {
    const s = await stat(path);
    return s.isFile() ? s.size : undefined;
  } catch {
    return undefined;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Maps a URL path to a file under root, never outside it. */
export async function resolvePath(root: string, urlPath: string): Promise<Resolved> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'missing' };
  }
  if (decoded.includes('\0')) return { kind: 'missing' };
  const target = resolve(root, `.${decoded}`);
  if (target !== root && !target.startsWith(root + sep)) return { kind: 'missing' };

  if (decoded.endsWith('/')) {
    const index = join(target, 'index.html');
    const size = await isFile(index);
    return size === undefined ? { kind: 'missing' } : { kind: 'file', path: index, size };
  }
  const size = await isFile(target);
  if (size !== undefined) return { kind: 'file', path: target, size };
  if ((await isDirectory(target)) && (await isFile(join(target, 'index.html'))) !== undefined) {
    return { kind: 'redirect', location: `${urlPath}/` };
  }
  return { kind: 'missing' };
}

export interface StaticServerOptions {
  /** The directory to serve, usually dist/. */
  root: string;
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  host?: string;
  /**
   * Gzip text responses for clients that accept it, as static hosts and CDNs do. Off by default;
   * Lighthouse turns it on so that its transfer sizes and load times match a real host.
   */
  compress?: boolean;
}

export interface RunningServer {
  server: Server;
  /** Origin with a trailing slash, e.g. http://127.0.0.1:43121/ */
  url: string;
  close: () => Promise<void>;
}

export async function createStaticServer(rootDir: string, { compress = false }: { compress?: boolean } = {}): Promise<Server> {
  const root = resolve(rootDir);
  if (!(await isDirectory(root))) {
    throw new Error(`static-server: ${root} is not a directory. Build the site first: npm run build`);
  }
  let extraHeaders: [string, string][] = [];
  try {
    extraHeaders = parseGlobalHeaders(await readFile(join(root, '_headers'), 'utf8'));
  } catch {
    // No _headers file: serve without extra headers.
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [name, value] of extraHeaders) res.setHeader(name, value);
    res.setHeader('Cache-Control', 'no-cache');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed\n');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const found = await resolvePath(root, url.pathname);
    if (found.kind === 'redirect') {
      res.writeHead(301, { Location: found.location + url.search });
      res.end();
      return;
    }
    if (found.kind === 'missing') {
      const notFound = join(root, '404.html');
      const size = await isFile(notFound);
      res.statusCode = 404;
      if (size === undefined) {
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end('Not found\n');
        return;
      }
      send(req, res, notFound, size);
      return;
    }
    res.statusCode = 200;
    send(req, res, found.path, found.size);
  }

  function send(req: IncomingMessage, res: ServerResponse, path: string, size: number): void {
    const type = contentType(path);
    res.setHeader('Content-Type', type);
    if (compress && isCompressible(type)) {
      res.setHeader('Vary', 'Accept-Encoding');
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        sendGzipped(req, res, path);
        return;
      }
    }
    res.setHeader('Content-Length', size);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(path)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  function sendGzipped(req: IncomingMessage, res: ServerResponse, path: string): void {
    readFile(path).then(
      (body) => {
        const gz = gzipSync(body);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Content-Length', gz.length);
        res.end(req.method === 'HEAD' ? undefined : gz);
      },
      () => res.destroy(),
    );
  }

  return createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal server error\n');
    });
  });
}

/** Starts serving `root` and resolves once it listens. */
export async function startStaticServer({
  root,
  port = 0,
  host = '127.0.0.1',
  compress = false,
}: StaticServerOptions): Promise<RunningServer> {
  const server = await createStaticServer(root, { compress });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const { port: actual } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    url: `http://${shownHost}:${actual}/`,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.closeAllConnections();
        server.close((err) => (err ? fail(err) : ok()));
      }),
  };
}
