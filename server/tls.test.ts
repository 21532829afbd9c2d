import { get } from 'node:https';
import { request as plainRequest } from 'node:http';
import { connect as tlsConnect } from 'node:tls';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { newRoomKeyText, startEncryptedSync } from '../src/sync/index.ts';
import { eventually } from '../src/test/eventually.ts';
import { configFromEnv } from './config.ts';
import { startServer, type RunningServer } from './startServer.ts';
import { makeSelfSignedCert, type SelfSignedCert } from './testing/selfSignedCert.ts';
import { isSynced, makeTestDirs, type TestClient, type TestDirs } from './testing/testServer.ts';

let dirs: TestDirs;
let cert: SelfSignedCert;
let server: RunningServer | undefined;
const clients: TestClient[] = [];

beforeAll(async () => {
  dirs = await makeTestDirs();
  cert = makeSelfSignedCert(dirs.staticDir, 'first');
});
afterAll(() => dirs.cleanup());
afterEach(async () => {
  for (const c of clients.splice(0)) c.sync.destroy();
  await server?.stop();
  server = undefined;
});

const startTls = async (files = cert) => {
  server = await startServer({ port: 0, dataDir: dirs.dataDir, staticDir: dirs.staticDir, tls: { certPath: files.certPath, keyPath: files.keyPath } });
  return server;
};

/** A `ws` client that trusts only our test certificate (the way a browser trusts a real one). */
const trustingSocket = (ca: Buffer) =>
  class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { ca });
    }
  };

function httpsGet(url: string, ca: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, { ca }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

function peerCertificateSubject(port: number, ca: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = tlsConnect({ port, host: '127.0.0.1', ca, servername: 'localhost' }, () => {
      resolve(String(socket.getPeerCertificate().subject.CN));
      socket.end();
    });
    socket.on('error', reject);
  });
}

describe('TLS_CERT and TLS_KEY', () => {
  it('are read from the environment together, and one without the other is refused', () => {
    expect(configFromEnv({}).tls).toBeUndefined();
    expect(configFromEnv({ TLS_CERT: '/etc/gesprek/cert.pem', TLS_KEY: '/etc/gesprek/key.pem' }).tls).toEqual({
      certPath: '/etc/gesprek/cert.pem',
      keyPath: '/etc/gesprek/key.pem',
    });
    expect(() => configFromEnv({ TLS_CERT: '/etc/gesprek/cert.pem' })).toThrow(/TLS_CERT and TLS_KEY must be set together/);
    expect(() => configFromEnv({ TLS_KEY: '/etc/gesprek/key.pem' })).toThrow(/together/);
  });

  it('serve the app over HTTPS only: a plain HTTP request on that port gets no page', async () => {
    const running = await startTls();
    expect(running.protocol).toBe('https');
    const page = await httpsGet(`https://localhost:${running.port}/`, cert.pem);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Gesprek</title>');
    expect((await httpsGet(`https://127.0.0.1:${running.port}/healthz`, cert.pem)).status).toBe(200);
    const plain = await new Promise<string>((resolve) => {
      plainRequest(`http://127.0.0.1:${running.port}/`, (res) => resolve(`status ${res.statusCode}`))
        .on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'))
        .end();
    });
    expect(plain).not.toBe('status 200');
  });

  it('carry sync over WSS: two encrypted tablets meet, and a client that does not trust the certificate is refused', async () => {
    const running = await startTls();
    const url = `wss://localhost:${running.port}/sync`;
    const key = newRoomKeyText();
    const Trusting = trustingSocket(cert.pem);
    const connect = async () => {
      const doc = new Y.Doc();
      const c = { doc, sync: await startEncryptedSync({ doc, roomKey: key, url, WebSocketPolyfill: Trusting, reconnectDelay: { min: 100, max: 400 } }) };
      clients.push(c);
      return c;
    };
    const a = await connect();
    const b = await connect();
    await eventually(() => isSynced(a) && isSynced(b), 10_000, 'both synced over wss');
    a.doc.getText('school').insert(0, 'Het Baken');
    b.doc.getText('politie').insert(0, 'Wijkagent De Vries');
    await eventually(() => b.doc.getText('school').toString() === 'Het Baken', 10_000, 'B sees A');
    await eventually(() => a.doc.getText('politie').toString() === 'Wijkagent De Vries', 10_000, 'A sees B');

    const refused = await new Promise<string>((resolve) => {
      const socket = new WebSocket(url);
      socket.on('open', () => resolve('open'));
      socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    });
    expect(refused).toMatch(/SELF_SIGNED|UNABLE_TO_VERIFY|DEPTH_ZERO/);
  });

  it('are read again on reloadTls (a renewed certificate), without a restart', async () => {
    // The server keeps the paths it was given; a renewal puts new files at those paths.
    const live = { certPath: join(dirs.staticDir, 'live.crt'), keyPath: join(dirs.staticDir, 'live.key'), pem: cert.pem };
    await copyFile(cert.certPath, live.certPath);
    await copyFile(cert.keyPath, live.keyPath);
    const running = await startTls(live);
    expect(await peerCertificateSubject(running.port, cert.pem)).toBe('first');
    const renewed = makeSelfSignedCert(dirs.staticDir, 'renewed');
    await copyFile(renewed.certPath, live.certPath);
    await copyFile(renewed.keyPath, live.keyPath);
    running.reloadTls();
    expect(await peerCertificateSubject(running.port, renewed.pem)).toBe('renewed');
  });

  it('stop the start with a clear message when a file is missing', async () => {
    await expect(
      startServer({ port: 0, dataDir: dirs.dataDir, staticDir: dirs.staticDir, tls: { certPath: '/nonexistent/cert.pem', keyPath: cert.keyPath } }),
    ).rejects.toThrow('TLS_CERT could not be read from /nonexistent/cert.pem: ENOENT');
  });
});
