import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE } from '../src/protocol/index.ts';
import { configFromEnv } from './config.ts';
import { eventually } from '../src/test/eventually.ts';
import { startServer, type RunningServer } from './startServer.ts';
import { authFrame, openRaw, syncStep1Frame, updateFrame } from './testing/rawSocket.ts';
import { newTestRoom, tokenForKey } from './testing/testRooms.ts';
import { connectClient, isSynced, makeTestDirs, type TestClient, type TestDirs } from './testing/testServer.ts';

const SCHOOL = 'Montessori Lyceum Zuidoost';
let dirs: TestDirs;
let server: RunningServer;
let url: string;
const clients: TestClient[] = [];
const room = newTestRoom();

beforeAll(async () => {
  dirs = await makeTestDirs();
  server = await startServer({ port: 0, dataDir: dirs.dataDir, staticDir: dirs.staticDir, metricsPort: 0 }, { log: () => {} });
  url = `ws://127.0.0.1:${server.port}/sync`;
});
afterAll(async () => {
  for (const c of clients) c.sync.destroy();
  await server.stop();
  await dirs.cleanup();
});

async function scrape(): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${server.metricsPort}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

/** The value of one sample, e.g. `gesprek_refusals_total{reason="idle"}`; NaN when absent. */
function sample(text: string, name: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? Number.NaN : Number(line.slice(name.length + 1));
}

const refusals = (text: string, reason: string) => sample(text, `gesprek_refusals_total{reason="${reason}"}`);

function expectNothingPrivate(text: string): void {
  for (const secret of [room.room, room.token, room.key, SCHOOL, 'Montessori', '127.0.0.1', '::1', '::ffff:']) expect(text).not.toContain(secret);
}

describe('GET /metrics', () => {
  it('counts a real pair syncing: connections, rooms, messages, stored bytes, store latency', async () => {
    const a = await connectClient(url, room.room, room.key);
    const b = await connectClient(url, room.room, room.key);
    clients.push(a, b);
    a.doc.getText('school').insert(0, SCHOOL);
    await eventually(() => isSynced(a) && isSynced(b) && b.doc.getText('school').toString() === SCHOOL, 10_000, 'pair synced');

    const text = await eventually(async () => {
      const t = await scrape();
      return sample(t, 'gesprek_stored_bytes_total') > 0 && t;
    });
    expect(sample(text, 'gesprek_connections')).toBe(2);
    expect(sample(text, 'gesprek_rooms_loaded')).toBe(1);
    expect(sample(text, 'gesprek_messages_received_total')).toBeGreaterThan(0);
    expect(sample(text, 'gesprek_messages_sent_total')).toBeGreaterThan(0);
    // A sealed entry holds at least the school's name (plus nonce and tag).
    expect(sample(text, 'gesprek_stored_bytes_total')).toBeGreaterThan(SCHOOL.length);
    expect(sample(text, 'gesprek_store_duration_seconds_count{operation="append",store="sqlite"}')).toBeGreaterThan(0);
    expect(sample(text, 'gesprek_store_duration_seconds_count{operation="load",store="sqlite"}')).toBe(1);
    expect(text).toContain('# TYPE gesprek_store_duration_seconds histogram');
    expect(sample(text, 'gesprek_store_duration_seconds_bucket{le="+Inf",operation="append",store="sqlite"}')).toBe(
      sample(text, 'gesprek_store_duration_seconds_count{operation="append",store="sqlite"}'),
    );
    expect(text).toContain('# TYPE gesprek_connections gauge');
    expect(text).toContain('# TYPE gesprek_messages_received_total counter');
    expectNothingPrivate(text);

    a.sync.destroy();
    await eventually(async () => sample(await scrape(), 'gesprek_connections') === 1, 10_000, 'one connection left');
  });

  it('counts refused frames by reason, and names no room, token or address', async () => {
    const before = await scrape();
    for (const reason of ['text_frame', 'malformed_frame', 'wrong_key', 'not_binary_entry', 'frame_too_large', 'rate_limit']) {
      expect(refusals(before, reason)).toBeGreaterThanOrEqual(0);
    }

    const text = openRaw(url);
    await text.opened;
    text.ws.send('hallo');
    expect((await text.closed).code).toBe(CLOSE.unsupported);

    const malformed = openRaw(url);
    await malformed.opened;
    malformed.ws.send(frameForRoom('abc'));
    expect((await malformed.closed).code).toBe(CLOSE.unsupported);

    const intruder = openRaw(url);
    await intruder.opened;
    intruder.ws.send(authFrame(room.room, newTestRoom().token));
    expect((await intruder.closed).code).toBe(CLOSE.wrongKey);

    const writer = openRaw(url);
    await writer.opened;
    writer.ws.send(authFrame(room.room, tokenForKey(room.key)));
    await eventually(() => writer.received.length > 0, 10_000, 'authenticated');
    const plain = new Y.Doc();
    plain.getArray('entries').push(['leesbare tekst']);
    writer.ws.send(updateFrame(room.room, Y.encodeStateAsUpdate(plain)));
    expect((await writer.closed).code).toBe(CLOSE.policy);

    const big = openRaw(url);
    await big.opened;
    big.ws.send(authFrame(room.room, tokenForKey(room.key)));
    big.ws.send(new Uint8Array(9 * 1024 * 1024));
    expect((await big.closed).code).toBe(CLOSE.tooBig);

    const flood = openRaw(url);
    await flood.opened;
    flood.ws.send(authFrame(room.room, tokenForKey(room.key)));
    await eventually(() => flood.received.length > 0, 10_000, 'authenticated');
    for (let i = 0; i < 5000 && flood.ws.readyState === flood.ws.OPEN; i++) flood.ws.send(syncStep1Frame(room.room));
    expect((await flood.closed).code).toBe(CLOSE.policy);

    const after = await eventually(async () => {
      const t = await scrape();
      return refusals(t, 'rate_limit') > refusals(before, 'rate_limit') && t;
    });
    for (const reason of ['text_frame', 'malformed_frame', 'wrong_key', 'not_binary_entry', 'frame_too_large', 'rate_limit']) {
      expect(refusals(after, reason), reason).toBe(refusals(before, reason) + 1);
    }
    expect(refusals(after, 'room_quota')).toBe(refusals(before, 'room_quota'));
    // Labels are the fixed set only.
    const reasons = [...after.matchAll(/^gesprek_refusals_total\{reason="([^"]*)"\}/gm)].map((m) => m[1]);
    expect(new Set(reasons).size).toBe(reasons.length);
    for (const reason of reasons) expect(reason).toMatch(/^[a-z_]+$/);
    expectNothingPrivate(after);
    expect(after).not.toContain('leesbare tekst');
  });

  it('answers only on the metrics listener: the public port gives 404', async () => {
    const publicPort = await fetch(`http://127.0.0.1:${server.port}/metrics`);
    expect(publicPort.status).toBe(404);
    expect(await publicPort.text()).toBe('');
    expect((await fetch(`http://127.0.0.1:${server.port}/metrics?format=text`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${server.metricsPort}/`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${server.metricsPort}/healthz`)).status).toBe(404);
  });

  it('reads METRICS_PORT and METRICS_HOST: off when unset, loopback by default', () => {
    expect(configFromEnv({}).metricsPort).toBeUndefined();
    expect(configFromEnv({ METRICS_PORT: '' }).metricsPort).toBeUndefined();
    expect(configFromEnv({ METRICS_PORT: '9100' })).toMatchObject({ metricsPort: 9100, metricsHost: '127.0.0.1' });
    expect(configFromEnv({ METRICS_PORT: '9100', METRICS_HOST: '10.1.2.3' })).toMatchObject({ metricsPort: 9100, metricsHost: '10.1.2.3' });
    expect(() => configFromEnv({ METRICS_PORT: 'negen' })).toThrow(/METRICS_PORT/);
    expect(() => configFromEnv({ METRICS_PORT: '8080' })).toThrow(/METRICS_PORT must differ from PORT/);
  });

  it('has no metrics listener without METRICS_PORT', async () => {
    const plainDirs = await makeTestDirs();
    const plain = await startServer({ port: 0, dataDir: plainDirs.dataDir, staticDir: plainDirs.staticDir }, { log: () => {} });
    try {
      expect(plain.metricsPort).toBeUndefined();
      expect((await fetch(`http://127.0.0.1:${plain.port}/metrics`)).status).toBe(404);
    } finally {
      await plain.stop();
      await plainDirs.cleanup();
    }
  });
});

/** A binary frame naming `room` (not a room id), so the gate refuses it as malformed. */
function frameForRoom(name: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, name);
  encoding.writeVarUint(encoder, 0);
  return encoding.toUint8Array(encoder);
}
