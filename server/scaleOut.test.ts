import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newTestRoom, tokenForKey } from './testing/testRooms.ts';
import { eventually } from '../src/test/eventually.ts';
import { startServer, type RunningServer } from './startServer.ts';
import { freePort } from './testing/freePort.ts';
import { startRedisProcess, type RedisProcess } from './testing/redisProcess.ts';
import { connectClient, isSynced, makeTestDirs, type TestClient, type TestDirs } from './testing/testServer.ts';

// PostgreSQL and Redis are part of this machine kind: unreachable means FAIL, never skip.
const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const SCHOOL = 'Montessori Lyceum Zuidoost';
/** A fresh schema per run, so runs never see each other's rooms; dropped afterwards. */
const SCHEMA = `gesprek_test_${randomBytes(6).toString('hex')}`;
const schemaUrl = `${DATABASE_URL}${DATABASE_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${SCHEMA}`)}`;

let admin: pg.Client;
let dirs: TestDirs;
const servers: (RunningServer & { url: string; logs: string[] })[] = [];
const clients: TestClient[] = [];

beforeAll(async () => {
  admin = new pg.Client({ connectionString: DATABASE_URL });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is not reachable at ${DATABASE_URL} (${String(error)}); the scale-out tests need it`);
  }
  await admin.query(`CREATE SCHEMA ${SCHEMA}`);
  await expectRedisReachable(REDIS_URL);
  dirs = await makeTestDirs();
});
afterAll(async () => {
  await admin?.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`).catch(() => undefined);
  await admin?.end().catch(() => undefined);
  await dirs?.cleanup();
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.sync.destroy();
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

async function instance(redisUrl = REDIS_URL): Promise<RunningServer & { url: string; logs: string[] }> {
  const logs: string[] = [];
  const config = { port: 0, dataDir: dirs.dataDir, staticDir: dirs.staticDir, databaseUrl: schemaUrl, redisUrl };
  const server = await startServer(config, { log: (line) => logs.push(line) });
  const running = { ...server, url: `ws://127.0.0.1:${server.port}/sync`, logs };
  servers.push(running);
  return running;
}

async function client(url: string, roomId: string, key: string): Promise<TestClient> {
  const c = await connectClient(url, roomId, key);
  clients.push(c);
  return c;
}

const textOf = (c: TestClient, field = 'school') => c.doc.getText(field).toString();

async function health(server: RunningServer): Promise<{ code: number; body: Record<string, unknown> }> {
  const response = await fetch(`http://127.0.0.1:${server.port}/healthz`);
  return { code: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('scale-out: two instances, PostgreSQL store, Redis relay', () => {
  it('relays edits and presence between instances, and keeps everything in PostgreSQL as ciphertext', async () => {
    const [one, two] = [await instance(), await instance()];
    const { room: roomId, key } = newTestRoom();
    const a = await client(one.url, roomId, key);
    const b = await client(two.url, roomId, key);
    await eventually(() => isSynced(a) && isSynced(b), 10_000, 'both synced');
    a.doc.getText('school').insert(0, SCHOOL);
    await eventually(() => textOf(b) === SCHOOL, 10_000, 'B on instance 2 sees A on instance 1');
    b.doc.getArray('acties').push(['Wijkagent belt ouders']);
    await eventually(() => a.doc.getArray('acties').length === 1, 10_000, 'A sees B');
    await a.sync.setPresence({ role: 'politie', field: 'contact.school.name', name: 'Jansen' });
    await eventually(() => b.sync.getStatus().peers.some((peer) => peer.role === 'politie'), 10_000, 'presence relayed');
    await eventually(() => isSynced(a) && isSynced(b) && a.sync.getStatus().pendingChanges === 0);

    for (const c of clients.splice(0)) c.sync.destroy();
    await Promise.all(servers.splice(0).map((s) => s.stop()));
    const fresh = await client((await instance()).url, roomId, key);
    await eventually(() => textOf(fresh) === SCHOOL && fresh.doc.getArray('acties').toArray()[0] === 'Wijkagent belt ouders');
    expect(fresh.sync.getStatus().decryptErrors).toBe(0);

    const token = tokenForKey(key);
    const rows = await admin.query<{ bytes: Buffer }>(`SELECT "update" AS bytes FROM ${SCHEMA}.gesprek_room_log WHERE room = $1`, [roomId]);
    expect(rows.rows.length).toBeGreaterThan(0);
    const access = await admin.query(`SELECT 1 FROM ${SCHEMA}.gesprek_room_access WHERE room = $1`, [roomId]);
    expect(access.rows).toHaveLength(0); // v2 rooms need no access row
    for (const { bytes } of rows.rows) {
      for (const secret of [SCHOOL, 'Montessori', 'Wijkagent', 'Jansen', key, token]) expect(bytes.includes(secret)).toBe(false);
    }
  });

  it('gives, on instance 2, another key for a gesprek on instance 1 a room of its own: nothing is read', async () => {
    const [one, two] = [await instance(), await instance()];
    const { room: roomId, key } = newTestRoom();
    const owner = await client(one.url, roomId, key);
    owner.doc.getText('school').insert(0, SCHOOL);
    await eventually(() => isSynced(owner));
    const intruder = await client(two.url, roomId, newTestRoom().key);
    await eventually(() => isSynced(intruder), 10_000, 'intruder in a room of its own');
    expect(intruder.sync.roomId).not.toBe(owner.sync.roomId);
    expect(textOf(intruder)).toBe('');
    for (const id of [roomId, owner.sync.roomId]) expect([...one.logs, ...two.logs].join('\n')).not.toContain(id);
  });
});

describe('scale-out when Redis goes away', () => {
  let redis: RedisProcess | undefined;
  afterEach(async () => {
    await redis?.kill().catch(() => undefined);
    redis = undefined;
  });

  it('keeps every instance serving and storing while Redis is away, and relays again when it is back', async () => {
    redis = await startRedisProcess();
    const [one, two] = [await instance(redis.url), await instance(redis.url)];
    await eventually(async () => (await health(one)).body['relay'] === 'ready', 10_000, 'relay ready');
    expect(await health(one)).toEqual({ code: 200, body: { status: 'ok', store: 'postgresql', storeReachable: true, relay: 'ready' } });
    const { room: roomId, key } = newTestRoom();
    const a = await client(one.url, roomId, key);
    const b = await client(two.url, roomId, key);
    a.doc.getText('school').insert(0, SCHOOL);
    await eventually(() => textOf(b) === SCHOOL, 10_000, 'relayed before the outage');

    await redis.kill();
    await eventually(async () => (await health(one)).body['status'] === 'degraded', 10_000, 'health says degraded');
    expect((await health(two)).code).toBe(200); // it still stores: keep it in the pool
    a.doc.getText('a').insert(0, 'Getypt op tablet A tijdens de storing');
    b.doc.getText('b').insert(0, 'Getypt op tablet B tijdens de storing');
    // Each tablet stays connected to its own instance and in step with it; nobody is told "no access".
    await eventually(() => isSynced(a) && isSynced(b), 10_000, 'both synced with their own instance');
    for (const c of [a, b]) expect(c.sync.getStatus()).toMatchObject({ state: 'connected', refused: false });
    // A room that loads during the outage (a tablet joining now) is served at once, not refused.
    const later = newTestRoom();
    const late = await client(one.url, later.room, later.key);
    late.doc.getText('school').insert(0, 'Later binnengekomen');
    await eventually(() => isSynced(late), 5_000, 'a room loaded during the outage syncs');
    expect(late.sync.getStatus().refused).toBe(false);

    await redis.restart();
    await eventually(() => textOf(a, 'b') !== '' && textOf(b, 'a') !== '', 20_000, 'relayed again after the outage');
    expect(textOf(b, 'a')).toBe('Getypt op tablet A tijdens de storing');
    expect(textOf(a, 'b')).toBe('Getypt op tablet B tijdens de storing');
    expect(one.logs.join('\n')).toMatch(/Redis unreachable[\s\S]*Redis is back/);
    expect([...one.logs, ...two.logs].join('\n')).not.toContain(roomId);
  });

  it('merges what two unrelayed instances stored for one room, so a fresh tablet gets both', async () => {
    const nowhere = `redis://127.0.0.1:${await freePort()}`;
    const [one, two] = [await instance(nowhere), await instance(nowhere)];
    expect((await health(one)).body).toMatchObject({ status: 'degraded', relay: 'unreachable' });
    const { room: roomId, key } = newTestRoom();
    const a = await client(one.url, roomId, key);
    const b = await client(two.url, roomId, key);
    a.doc.getText('a').insert(0, 'Alleen op instantie 1');
    b.doc.getText('b').insert(0, 'Alleen op instantie 2');
    await eventually(() => isSynced(a) && isSynced(b), 10_000, 'both synced with their own instance');
    expect(textOf(b, 'a')).toBe(''); // no relay: they did not meet
    for (const c of clients.splice(0)) c.sync.destroy();
    await Promise.all(servers.splice(0).map((s) => s.stop())); // both store the room

    const fresh = await client((await instance(nowhere)).url, roomId, key);
    await eventually(() => textOf(fresh, 'a') !== '' && textOf(fresh, 'b') !== '', 10_000, 'both in the store');
    expect([textOf(fresh, 'a'), textOf(fresh, 'b')]).toEqual(['Alleen op instantie 1', 'Alleen op instantie 2']);
  });
});

/** A plain TCP PING, so an absent Redis fails the run with a clear message instead of hanging. */
async function expectRedisReachable(redisUrl: string): Promise<void> {
  const url = new URL(redisUrl);
  const reply = await new Promise<string>((resolve, reject) => {
    const socket = connect(Number(url.port || 6379), url.hostname);
    const fail = (why: string) => {
      socket.destroy();
      reject(new Error(`Redis is not reachable at ${redisUrl} (${why}); the scale-out tests need it`));
    };
    socket.setTimeout(3000, () => fail('timeout'));
    socket.once('error', (error) => fail(error.message));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString());
    });
  });
  expect(reply.startsWith('+PONG'), `Redis at ${redisUrl} answered ${reply.trim()}`).toBe(true);
}
