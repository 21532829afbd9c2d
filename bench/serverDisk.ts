/**
 * Server disk writes per byte received (issue 12, "Storage that appends"): the real server as a
 * child process on SQLite, ROOMS rooms (default 250: enough busy rooms that appends hit many
 * different pages) each seeded with one 64 KiB entry (a sealed snapshot's bucket, as in P8), then 2
 * clients per room each appending one small sealed-size entry (93 B) per second, spread over the
 * second, for DURATION_S (default 60: two folds of the SQLite tail at its 30 s default). Disk bytes
 * are the child's /proc/<pid>/io write_bytes (what reached the storage layer), counted from after
 * seeding (and its settling) until everything sent is stored + 3 s; received bytes are the Yjs
 * updates the clients sent. Prints `disk <z> B/B` and the load average. Run: npx tsx bench/serverDisk.ts
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { eventually } from '../src/test/eventually.ts';
import { spawnServer } from '../server/testing/childServer.ts';
import { connectEnvelope, type EnvelopeClient } from '../server/testing/envelopeClient.ts';
import { newTestRoom } from '../server/testing/testRooms.ts';

const ROOMS = Number(process.env.ROOMS ?? 250);
const DURATION_S = Number(process.env.DURATION_S ?? 60);
const SEED_BYTES = 65_536;
const SEED_BATCH = 25;

const writeBytes = (pid: number): number => Number(/write_bytes: (\d+)/.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1] ?? NaN);
const entry = (size: number) => new Uint8Array(randomBytes(size));
const loads = () => loadavg().map((l) => l.toFixed(1)).join(' / ');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// On the real disk, not tmpfs: write_bytes counts only what reaches a block device.
const root = await mkdtemp(join(process.cwd(), 'bench', '.tmp-disk-'));
const dirs = { dataDir: join(root, 'data'), staticDir: join(root, 'static'), cleanup: () => rm(root, { recursive: true, force: true }) };
const server = await spawnServer(dirs, 0, { NEW_ROOMS_PER_IP_PER_HOUR: '100000', CONNECTIONS_PER_IP: '100000' });
const pid = server.child.pid ?? 0;
const url = `ws://127.0.0.1:${server.port}/sync`;
const clients: EnvelopeClient[] = [];
let received = 0;
const loadBefore = loads();
try {
  for (let i = 0; i < ROOMS; i += SEED_BATCH) {
    const seeded = Array.from({ length: Math.min(SEED_BATCH, ROOMS - i) }, () => {
      const room = newTestRoom();
      const pair = [connectEnvelope(url, room), connectEnvelope(url, room)] as const;
      for (const client of pair) client.doc.on('update', (update: Uint8Array, origin: unknown) => origin !== client.provider && (received += update.length));
      clients.push(...pair);
      const id = pair[0].append(entry(SEED_BYTES));
      return eventually(() => pair[0].stored.has(id), 60_000, 'seeded');
    });
    await Promise.all(seeded).catch((error: unknown) => {
      console.error(server.output());
      throw error;
    });
  }
  await sleep(3000); // let seeding's writes settle before measuring
  received = 0;
  const before = writeBytes(pid);
  const goAt = performance.now();
  const senders = clients.map((client) => ({ client, offset: Math.random() * 1000, sent: 0, last: '' }));
  await new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      const now = performance.now();
      for (const sender of senders) {
        const due = Math.max(0, Math.min(DURATION_S, Math.floor((now - goAt - sender.offset) / 1000) + 1));
        for (; sender.sent < due; sender.sent++) sender.last = sender.client.append(entry(93));
      }
      if (now - goAt >= DURATION_S * 1000 + 1000) {
        clearInterval(tick);
        resolve();
      }
    }, 10);
  });
  await eventually(() => senders.every(({ client, last }) => client.stored.has(last)), 30_000, 'all stored').catch((error: unknown) => {
    console.error(`${senders.filter(({ client, last }) => !client.stored.has(last)).length} of ${senders.length} clients lack "stored"; server: ${server.output().slice(-2000)}`);
    throw error;
  });
  await sleep(3000); // what the load left to store (group commit, fold, checkpoint)
  const written = writeBytes(pid) - before;
  console.log(`server disk: ${ROOMS} rooms × 2 clients, seeded with ${SEED_BYTES} B each, 1 entry (93 B) per client per s for ${DURATION_S} s`);
  console.log(`received ${received} B of updates, wrote ${written} B to disk`);
  console.log(`disk ${(written / received).toFixed(2)} B/B [load before ${loadBefore}, after ${loads()}]`);
} finally {
  for (const client of clients) client.destroy();
  server.child.kill('SIGTERM');
  await server.exited;
  await dirs.cleanup();
}
