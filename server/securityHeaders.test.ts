import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './startServer.ts';
import { makeTestDirs, type TestDirs } from './testing/testServer.ts';

const INLINE = "try { indexedDB.databases().catch(function () {}); } catch (e) {}";
let dirs: TestDirs;
let server: RunningServer;

beforeAll(async () => {
  dirs = await makeTestDirs();
  await writeFile(join(dirs.staticDir, 'index.html'), `<!doctype html><title>Gesprek</title><script>${INLINE}</script><script type="module" src="/app.js"></script>`);
  server = await startServer({ port: 0, dataDir: dirs.dataDir, staticDir: dirs.staticDir }, { log: () => {} });
});
afterAll(async () => {
  await server.stop();
  await dirs.cleanup();
});

function expectSecurityHeaders(headers: Headers | Record<string, string>) {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : headers[name]);
  const csp = get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain(`script-src 'self' 'sha256-${createHash('sha256').update(INLINE).digest('base64')}'`);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("form-action 'self'");
  expect(csp).toContain("img-src 'self' data: blob:");
  expect(csp).toMatch(/connect-src 'self' wss:\/\/127\.0\.0\.1:\d+ ws:\/\/127\.0\.0\.1:\d+/);
  expect(get('x-content-type-options')).toBe('nosniff');
  expect(get('referrer-policy')).toBe('no-referrer');
  expect(get('permissions-policy')).toBe('camera=(self), microphone=(), geolocation=()');
}

describe('security headers on every response', () => {
  for (const [what, path, init, status] of [
    ['the app', '/', {}, 200],
    ['a missing file', '/missing.js', {}, 404],
    ['a POST', '/', { method: 'POST' }, 405],
    ['a bad path', '/%E0%A4%A', {}, 400],
    ['/healthz', '/healthz', {}, 200],
  ] as const) {
    it(`on ${what} (${status})`, async () => {
      const response = await fetch(`http://127.0.0.1:${server.port}${path}`, init);
      expect(response.status).toBe(status);
      expectSecurityHeaders(response.headers);
    });
  }

  it('on a refused upgrade', async () => {
    const raw = await new Promise<string>((resolve) => {
      const socket = connect(server.port, '127.0.0.1', () =>
        socket.write('GET /elders HTTP/1.1\r\nHost: 127.0.0.1:' + server.port + '\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n'),
      );
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
    });
    expect(raw.split('\r\n')[0]).toBe('HTTP/1.1 404 Not Found');
    const headers = Object.fromEntries(
      raw.split('\r\n').slice(1).filter((line) => line.includes(':')).map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
    );
    expectSecurityHeaders(headers);
  });
});
