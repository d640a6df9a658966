import { mkdtempSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentType, isCompressible, parseGlobalHeaders, startStaticServer, type RunningServer } from '../../src/cli/static-server.ts';

let root: string;
let server: RunningServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(root, 'guides', 'a'), { recursive: true });
  mkdirSync(join(root, 'pagefind'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(root, '404.html'), '<h1>not found</h1>');
  writeFileSync(join(root, 'guides', 'a', 'index.html'), '<h1>a</h1>');
  writeFileSync(join(root, 'pagefind', 'pagefind.en_1.pf_meta'), Buffer.from([0x1f, 0x8b, 0x08]));
  writeFileSync(join(root, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n/_astro/*\n  Cache-Control: immutable\n');
  writeFileSync(join(tmpdir(), 'outside-static-root.txt'), 'secret');
  server = await startStaticServer({ root });
});

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (path: string, init?: RequestInit) => fetch(new URL(path, server.url), { redirect: 'manual', ...init });

describe('static server', () => {
  test('listens on a free port on loopback and reports its URL', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  test('serves index.html for a directory path', async () => {
    const res = await get('/guides/a/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toBe('<h1>a</h1>');
  });

  test('redirects a directory path without its trailing slash', async () => {
    const res = await get('/guides/a?x=1');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/guides/a/?x=1');
  });

  test('answers a missing path with status 404 and the site’s 404 page', async () => {
    const res = await get('/nope/');
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('<h1>not found</h1>');
  });

  test('never serves a file outside its root', async () => {
    for (const path of ['/../outside-static-root.txt', '/%2e%2e/outside-static-root.txt', '/..%2foutside-static-root.txt']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
    }
  });

  test('serves Pagefind index files as opaque bytes', async () => {
    const res = await get('/pagefind/pagefind.en_1.pf_meta');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(new Uint8Array([0x1f, 0x8b, 0x08]));
  });

  test('adds the headers of the _headers file’s /* block', async () => {
    const res = await get('/');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).not.toBe('immutable');
  });

  test('refuses methods other than GET and HEAD', async () => {
    expect((await get('/', { method: 'POST' })).status).toBe(405);
    const head = await get('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('13');
  });
});

test('knows the content types of the site and of Pagefind', () => {
  expect(contentType('a.wasm')).toBe('application/wasm');
  expect(contentType('a.JS')).toBe('text/javascript; charset=utf-8');
  expect(contentType('a.pf_fragment')).toBe('application/octet-stream');
  expect(contentType('pagefind.en.pagefind')).toBe('application/octet-stream');
  expect(contentType('a.svg')).toBe('image/svg+xml');
});

test('reads only the global block of a _headers file, ignoring comments', () => {
  expect(parseGlobalHeaders('# note\n/*\n  A: 1\n  # c\n  B: x: y\n/other\n  C: 2\n')).toEqual([
    ['A', '1'],
    ['B', 'x: y'],
  ]);
});

test('refuses to start over a directory that does not exist', async () => {
  await expect(startStaticServer({ root: join(root, 'missing') })).rejects.toThrow(/npm run build/);
});

describe('static server with compression', () => {
  let gzRoot: string;
  let gzServer: RunningServer;

  beforeAll(async () => {
    gzRoot = mkdtempSync(join(tmpdir(), 'static-server-gz-'));
    mkdirSync(join(gzRoot, 'pagefind'));
    writeFileSync(join(gzRoot, 'index.html'), '<h1>home</h1>'.repeat(50));
    writeFileSync(join(gzRoot, 'pagefind', 'a.pf_meta'), Buffer.from([0x1f, 0x8b, 0x08]));
    gzServer = await startStaticServer({ root: gzRoot, compress: true });
  });

  afterAll(async () => {
    await gzServer?.close();
    rmSync(gzRoot, { recursive: true, force: true });
  });

  test('gzips HTML for a client that accepts gzip, as a static host does', async () => {
    const res = await fetch(new URL('/', gzServer.url), { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(Number(res.headers.get('content-length'))).toBeLessThan(650);
    expect(await res.text()).toBe('<h1>home</h1>'.repeat(50));
  });

  test('sends HTML as is to a client that does not accept gzip', async () => {
    const res = await fetch(new URL('/', gzServer.url), { headers: { 'accept-encoding': 'identity' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('content-length')).toBe('650');
  });

  test('leaves Pagefind’s pre-compressed files alone', async () => {
    const res = await fetch(new URL('/pagefind/a.pf_meta', gzServer.url), { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(new Uint8Array([0x1f, 0x8b, 0x08]));
  });
});

test('compresses text, SVG and the manifest, not binary files', () => {
  expect(isCompressible(contentType('a.html'))).toBe(true);
  expect(isCompressible(contentType('a.svg'))).toBe(true);
  expect(isCompressible(contentType('site.webmanifest'))).toBe(true);
  expect(isCompressible(contentType('a.png'))).toBe(false);
  expect(isCompressible(contentType('a.pf_index'))).toBe(false);
  expect(isCompressible(contentType('a.wasm'))).toBe(false);
});

describe('static server at its edges', () => {
  let edgeRoot: string;
  let outside: string;
  let edge: RunningServer;
  const big = Buffer.alloc(4 * 1024 * 1024, 'a');

  beforeAll(async () => {
    edgeRoot = mkdtempSync(join(tmpdir(), 'static-server-edge-'));
    outside = mkdtempSync(join(tmpdir(), 'static-server-outside-'));
    mkdirSync(join(edgeRoot, 'guides'));
    writeFileSync(join(edgeRoot, 'guides', 'index.html'), '<h1>guides</h1>');
    writeFileSync(join(edgeRoot, 'big.txt'), big);
    writeFileSync(join(edgeRoot, 'small.txt'), '0123456789');
    writeFileSync(join(outside, 'secret.txt'), 'secret');
    symlinkSync(join(outside, 'secret.txt'), join(edgeRoot, 'leak'));
    symlinkSync(outside, join(edgeRoot, 'leakdir'));
    edge = await startStaticServer({ root: edgeRoot });
  });

  afterAll(async () => {
    await edge?.close();
    rmSync(edgeRoot, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  /** Sends a request line exactly as written (fetch would normalise the path first). */
  function raw(path: string, headers = ''): Promise<string> {
    const { port } = new URL(edge.url);
    return new Promise((ok, fail) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}Connection: close\r\n\r\n`));
      let text = '';
      socket.on('data', (d) => (text += d.toString('latin1')));
      socket.on('end', () => ok(text));
      socket.on('error', fail);
    });
  }

  test('never follows a symbolic link out of its root', async () => {
    expect((await fetch(new URL('/leak', edge.url))).status).toBe(404);
    expect((await fetch(new URL('/leakdir/secret.txt', edge.url))).status).toBe(404);
  });

  test('never redirects to another host, whatever the request line says', async () => {
    for (const path of ['/.//evil.example/..%2fguides', '//evil.example/..%2fguides', '/%2f%2fevil.example/..%2fguides']) {
      const head = (await raw(path)).split('\r\n\r\n')[0]!;
      const location = /^location: (.*)$/im.exec(head)?.[1];
      if (location !== undefined) expect(location, path).toMatch(/^\/[^/\\]/);
    }
    const head = (await raw('/.//evil.example/..%2fguides')).split('\r\n\r\n')[0]!;
    // `/.//evil.example/../guides` is the site's own /guides directory: redirected to its slash form on this host.
    expect(head).toMatch(/^HTTP\/1\.1 301/);
    expect(head).toMatch(/^location: \/guides\/$/im);
  });

  test('answers a byte range with 206 and just those bytes', async () => {
    const res = await fetch(new URL('/small.txt', edge.url), { headers: { range: 'bytes=2-5' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('bytes 2-5/10');
    expect(await res.text()).toBe('2345');
  });

  test('sends an ETag and answers a matching If-None-Match with 304', async () => {
    const first = await fetch(new URL('/small.txt', edge.url));
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^(W\/)?"/);
    // Written by hand: fetch() adds `Cache-Control: no-cache` to a conditional request, which rightly defeats it.
    const again = await raw('/small.txt', `If-None-Match: ${etag}\r\n`);
    expect(again).toMatch(/^HTTP\/1\.1 304 /);
  });

  test('closes the file of every response a client drops part-way', async () => {
    const openFiles = () => readdirSync('/proc/self/fd').length;
    const { port } = new URL(edge.url);
    const before = openFiles();
    const drops = 300;
    for (let i = 0; i < drops; i++) {
      await new Promise<void>((ok) => {
        const socket = connect(Number(port), '127.0.0.1', () => socket.write('GET /big.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'));
        socket.once('data', () => {
          socket.destroy();
          ok();
        });
        socket.on('error', () => ok());
      });
    }
    // Give the server a moment to notice the closed sockets.
    await new Promise((ok) => setTimeout(ok, 300));
    // A leak would leave one descriptor per dropped response: 300 more than before.
    expect(openFiles() - before).toBeLessThan(20);
    expect((await fetch(new URL('/small.txt', edge.url))).status).toBe(200);
  });
});
