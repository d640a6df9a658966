// The static file server over a built site (dist/) used by `npm run serve` and by the test harness. The file
// transfer itself is `send` (the module under Express's serve-static): Range requests, ETag and Last-Modified with
// conditional GET, and a read stream that is destroyed when the client goes away. Around it, what a static host does:
// real 404s with the site's 404.html, directory indexes, trailing-slash redirects that stay on this host, the headers
// of the site's `_headers` file (its `/*` block), and, on request, gzip for text as CDNs do.
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import send from 'send';

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

type Resolved = { kind: 'file'; path: string } | { kind: 'redirect'; location: string } | { kind: 'missing' };

async function kindOf(path: string): Promise<'file' | 'dir' | undefined> {
  try {
    const s = await stat(path);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : undefined;
  } catch {
    return undefined;
  }
}

/** True when `path`, with every symbolic link followed, is `root` or inside it. */
async function staysInside(root: string, path: string): Promise<boolean> {
  try {
    const real = await realpath(path);
    return real === root || real.startsWith(root + sep);
  } catch {
    return false;
  }
}

/**
 * Maps a URL path to a file under `root` (a real path), never outside it: `..` after decoding, NUL bytes and
 * symbolic links that lead out are all "missing". A redirect's Location is rebuilt from the resolved path, so it
 * always starts with exactly one slash and can never name another host (`//evil.example/…`).
 */
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
  const file = async (path: string): Promise<Resolved> =>
    (await kindOf(path)) === 'file' && (await staysInside(root, path)) ? { kind: 'file', path: await realpath(path) } : { kind: 'missing' };

  if (decoded.endsWith('/')) return file(join(target, 'index.html'));
  const kind = await kindOf(target);
  if (kind === 'file') return file(target);
  if (kind === 'dir' && (await file(join(target, 'index.html'))).kind === 'file') {
    const rel = relative(root, target).split(sep).map(encodeURIComponent).join('/');
    return { kind: 'redirect', location: `/${rel}/` };
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
  if ((await kindOf(resolve(rootDir))) !== 'dir') {
    throw new Error(`static-server: ${resolve(rootDir)} is not a directory. Build the site first: npm run build`);
  }
  const root = await realpath(resolve(rootDir));
  let extraHeaders: [string, string][] = [];
  try {
    extraHeaders = parseGlobalHeaders(await readFile(join(root, '_headers'), 'utf8'));
  } catch {
    // No _headers file: serve without extra headers.
  }

  /** Small responses read whole (the 404 page, gzipped text): no stream is left open if the client leaves. */
  async function sendWhole(req: IncomingMessage, res: ServerResponse, path: string, status: number): Promise<void> {
    const type = contentType(path);
    let body = await readFile(path);
    res.statusCode = status;
    res.setHeader('Content-Type', type);
    if (compress && isCompressible(type)) {
      res.setHeader('Vary', 'Accept-Encoding');
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body);
        res.setHeader('Content-Encoding', 'gzip');
      }
    }
    res.setHeader('Content-Length', body.length);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function notFound(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const page = join(root, '404.html');
    if ((await kindOf(page)) === 'file') return sendWhole(req, res, page, 404);
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found\n');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [name, value] of extraHeaders) res.setHeader(name, value);
    // Revalidate every time (ETag/Last-Modified make that cheap): a rebuilt site is never shown stale.
    res.setHeader('Cache-Control', 'no-cache');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed\n');
      return;
    }
    // Only the path is read, never a host: a request line such as `//evil.example/x` stays a path on this site.
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    const pathname = (q < 0 ? raw : raw.slice(0, q)) || '/';
    const search = q < 0 ? '' : raw.slice(q);
    if (!pathname.startsWith('/')) return notFound(req, res);
    const found = await resolvePath(root, pathname);
    if (found.kind === 'missing') return notFound(req, res);
    if (found.kind === 'redirect') {
      res.writeHead(301, { Location: found.location + search });
      res.end();
      return;
    }
    const type = contentType(found.path);
    if (compress && isCompressible(type)) return sendWhole(req, res, found.path, 200);
    res.setHeader('Content-Type', type);
    send(req, found.path, { dotfiles: 'allow', index: false, cacheControl: false, etag: true, lastModified: true })
      .on('error', () => {
        if (!res.headersSent) void notFound(req, res);
        else res.destroy();
      })
      .pipe(res);
  }

  return createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal server error\n');
    });
  });
}

/** Starts serving `root` and resolves once it listens. */
export async function startStaticServer({ root, port = 0, host = '127.0.0.1', compress = false }: StaticServerOptions): Promise<RunningServer> {
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
