import { randomBytes } from 'node:crypto';
import { request } from 'node:https';
import { expect, test, type Browser, type Page } from '@playwright/test';
import pg from 'pg';
import WebSocket from 'ws';
import { DEFAULT_LIMITS } from '../server/limits.ts';
import { startAppServer, type AppServer } from './support/appServer.ts';
import { startCaddy, type RunningCaddy } from './support/caddy.ts';
import { chapterNav, expectSaved, startNewGesprek } from './support/gesprek.ts';

// deploy/Caddyfile with `tls internal` in front of two instances sharing PostgreSQL and Redis,
// each started as deploy/gesprek@.service starts it (TRUST_PROXY for the proxy on this machine).
const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const SCHEMA = `gesprek_e2e_caddy_${randomBytes(6).toString('hex')}`;
const schemaUrl = `${DATABASE_URL}${DATABASE_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${SCHEMA}`)}`;
const CONNECTIONS_PER_IP = DEFAULT_LIMITS.connectionsPerIp;

let admin: pg.Client;
let instances: AppServer[] = [];
let caddy: RunningCaddy;

test.beforeAll(async () => {
  admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${SCHEMA}`);
  const env = { DATABASE_URL: schemaUrl, REDIS_URL, TRUST_PROXY: '127.0.0.1,::1' };
  instances = [await startAppServer({ env }), await startAppServer({ env })];
  caddy = await startCaddy(instances.map((i) => `127.0.0.1:${i.port}`));
});
test.afterAll(async () => {
  await caddy?.stop();
  await Promise.all(instances.map((i) => i.stop()));
  await admin?.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`).catch(() => undefined);
  await admin?.end();
});

async function tablet(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, baseURL: caddy.origin, locale: 'nl-NL' });
  return context.newPage();
}

async function headersOf(url: string, ca?: Buffer): Promise<Record<string, string | string[] | undefined>> {
  if (url.startsWith('http:')) {
    const response = await fetch(url);
    return Object.fromEntries(response.headers.entries());
  }
  return new Promise((resolve, reject) => {
    request(url, { ca, family: 4 }, (res) => {
      res.resume();
      resolve(res.headers);
    })
      .on('error', reject)
      .end();
  });
}

/** Opens a WebSocket to /sync through Caddy from a given loopback address; resolves with the upgrade's outcome. */
function upgradeFrom(localAddress: string, open: WebSocket[]): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`wss://localhost:${caddy.httpsPort}/sync`, { ca: caddy.rootCa(), family: 4, localAddress });
    socket.once('upgrade', () => {
      open.push(socket);
      resolve(101);
    });
    socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.once('error', () => resolve(0));
  });
}

test('two tablets pair through Caddy (HTTPS, WSS) across two instances and see each other’s words', async ({ browser }) => {
  const school = await tablet(browser);
  const sockets: string[] = [];
  school.on('websocket', (ws) => sockets.push(ws.url()));
  await startNewGesprek(school, caddy.origin);
  await chapterNav(school).getByRole('link', { name: 'Contactpersonen' }).click();
  await school.getByRole('group', { name: 'School' }).getByLabel('Naam school').fill('Het Baken');
  await expectSaved(school);
  await school.getByRole('button', { name: 'Delen' }).click();
  const dialog = school.getByRole('dialog', { name: 'Gesprek delen met de andere tablet' });
  await expect(dialog.getByLabel('Link')).toHaveValue(new RegExp(`^${caddy.origin}/#/koppel/`));
  const link = await dialog.getByLabel('Link').inputValue();
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(school.getByRole('status').filter({ hasText: 'Verbonden · gesynchroniseerd' })).toBeVisible();
  expect(sockets).toContain(`wss://localhost:${caddy.httpsPort}/sync`);

  const politie = await tablet(browser);
  await politie.goto(link);
  await expect(politie).not.toHaveURL(/koppel/);
  await chapterNav(politie).getByRole('link', { name: 'Contactpersonen' }).click();
  await expect(politie.getByRole('group', { name: 'School' }).getByLabel('Naam school')).toHaveValue('Het Baken');
  await politie.getByRole('group', { name: 'Politie' }).getByLabel('Naam contactpersoon').fill('Wijkagent De Vries');
  await expect(school.getByRole('group', { name: 'Politie' }).getByLabel('Naam contactpersoon')).toHaveValue('Wijkagent De Vries');
  await expect(politie.getByRole('status').filter({ hasText: 'Verbonden · gesynchroniseerd' })).toBeVisible();
  await Promise.all([school.context().close(), politie.context().close()]);
});

test('the app’s security headers pass the proxy unchanged, and the proxy adds HSTS', async () => {
  const direct = await headersOf(`http://127.0.0.1:${instances[0]!.port}/`);
  const proxied = await headersOf(`${caddy.origin}/`, caddy.rootCa());
  const security = Object.keys(direct).filter((name) =>
    /^(content-security-policy|x-content-type-options|referrer-policy|permissions-policy|cross-origin-|x-frame-options)/.test(name),
  );
  expect(security).toEqual(expect.arrayContaining(['x-content-type-options', 'referrer-policy']));
  // connect-src names the host the tablet asked for (the Host header the proxy passes on): it differs by design.
  const withoutHost = (value: string | string[] | undefined) => String(value ?? '').replace(/connect-src [^;]*/, 'connect-src <host>');
  for (const name of security) expect(withoutHost(proxied[name]), name).toEqual(withoutHost(direct[name]));
  expect(proxied['content-security-policy']).toContain(`wss://${new URL(caddy.origin).host}`);
  expect(proxied['strict-transport-security']).toBe('max-age=31536000');
});

test('each tablet’s own address reaches the instances through X-Forwarded-For (per-address limits hold behind the proxy)', async () => {
  const open: WebSocket[] = [];
  try {
    // Caddy spreads the connections over both instances (least_conn); each counts them per client address.
    const fromOne: number[] = [];
    for (let i = 0; i < CONNECTIONS_PER_IP * instances.length; i += 1) fromOne.push(await upgradeFrom('127.0.0.2', open));
    expect(fromOne.every((code) => code === 101)).toBe(true);
    expect(await upgradeFrom('127.0.0.2', open)).not.toBe(101);
    // Another tablet, same proxy: the instances see another address, so it is let in.
    expect(await upgradeFrom('127.0.0.3', open)).toBe(101);
  } finally {
    for (const socket of open) socket.terminate();
  }
});
