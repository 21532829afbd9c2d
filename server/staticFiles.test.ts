import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, get, request, type IncomingHttpHeaders, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDirectory } from '../scripts/build/precompress.ts';
import { acceptedEncodings } from './contentEncoding.ts';
import { createStaticHandler } from './staticFiles.ts';

const script = `export const words = ${JSON.stringify('Samen voor een veilige school. '.repeat(400))};\n`;
const font = Buffer.from(Array.from({ length: 40_000 }, (_, i) => (i % 251) ^ (i >> 9)));
const png = Buffer.alloc(3000, 7);

let root: string;
let server: Server;
let base: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'static-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), `<!doctype html><title>x</title>${'<p>school</p>'.repeat(200)}`);
  writeFileSync(join(root, 'assets', 'index-abc.js'), script);
  writeFileSync(join(root, 'assets', 'DejaVuSans-abc.ttf'), font);
  writeFileSync(join(root, 'assets', 'icon-abc.png'), png);
  await precompressDirectory(root);
  const handler = createStaticHandler(root);
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

/** A raw request: node does not decode, so the test sees the bytes on the wire. */
function fetchRaw(path: string, acceptEncoding?: string, method = 'GET'): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
    const done = (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    };
    const req = method === 'GET' ? get(`${base}${path}`, { headers }, done) : request(`${base}${path}`, { method, headers }, done);
    req.on('error', reject);
    if (method !== 'GET') req.end();
  });
}

describe('static files on the wire', () => {
  it('sends brotli when the browser accepts it, with the compressed length and Vary', async () => {
    const res = await fetchRaw('/assets/index-abc.js', 'gzip, deflate, br');
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(script.length / 4);
    expect(brotliDecompressSync(res.body).toString()).toBe(script);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('falls back to gzip, then to the plain file', async () => {
    const gz = await fetchRaw('/assets/index-abc.js', 'gzip, deflate');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(script);
    const plain = await fetchRaw('/assets/index-abc.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toBe('Accept-Encoding');
    expect(plain.body.toString()).toBe(script);
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(script));
  });

  it('honours q=0 and identity-only requests', async () => {
    const refused = await fetchRaw('/assets/index-abc.js', 'br;q=0, gzip');
    expect(refused.headers['content-encoding']).toBe('gzip');
    const none = await fetchRaw('/assets/index-abc.js', 'identity');
    expect(none.headers['content-encoding']).toBeUndefined();
  });

  it('ships the fonts compressed and keeps the shell no-cache', async () => {
    const ttf = await fetchRaw('/assets/DejaVuSans-abc.ttf', 'br');
    expect(ttf.headers['content-encoding']).toBe('br');
    expect(ttf.headers['content-type']).toBe('font/ttf');
    expect(brotliDecompressSync(ttf.body).equals(font)).toBe(true);
    const shell = await fetchRaw('/some/route', 'gzip');
    expect(shell.headers['content-encoding']).toBe('gzip');
    expect(shell.headers['cache-control']).toBe('no-cache');
    expect(gunzipSync(shell.body).toString()).toContain('<title>x</title>');
  });

  it('never encodes what is compressed already, and never serves the variants as files of their own type', async () => {
    const image = await fetchRaw('/assets/icon-abc.png', 'br, gzip');
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.headers['vary']).toBeUndefined();
    expect(image.body.equals(png)).toBe(true);
  });

  it('never sends a compressed copy older than its file', async () => {
    const path = join(root, 'assets', 'later-abc.js');
    writeFileSync(path, script);
    await precompressDirectory(root);
    const later = new Date(Date.now() + 60_000);
    writeFileSync(path, `${script}// next version\n`);
    utimesSync(path, later, later);
    const res = await fetchRaw('/assets/later-abc.js', 'br, gzip');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toContain('// next version');
  });

  it('answers HEAD with the same headers and no body', async () => {
    const head = await fetchRaw('/assets/index-abc.js', 'br', 'HEAD');
    const getRes = await fetchRaw('/assets/index-abc.js', 'br');
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['content-length']).toBe(getRes.headers['content-length']);
    expect(head.body.length).toBe(0);
  });
});

describe('acceptedEncodings', () => {
  it('orders by weight and reads the wildcard', () => {
    expect(acceptedEncodings('gzip;q=1, br;q=0.5').map((e) => e.name)).toEqual(['gzip', 'br']);
    expect(acceptedEncodings('*').map((e) => e.name)).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('*;q=0, gzip').map((e) => e.name)).toEqual(['gzip']);
    expect(acceptedEncodings('x-gzip').map((e) => e.name)).toEqual(['gzip']);
    expect(acceptedEncodings(undefined)).toEqual([]);
  });
});
