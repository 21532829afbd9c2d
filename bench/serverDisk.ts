/**
 * Server disk writes per byte received (issue 12, "Storage that appends"): the real server as a
 * child process on SQLite, ROOMS rooms seeded with a ~35 kB entry, then 2 clients per room each
 * appending one small sealed-size entry (93 B) every 500 ms for DURATION_S. Disk bytes are the child's
 * /proc/<pid>/io write_bytes (what reached the storage layer), received bytes the Yjs updates the
 * clients sent. Prints `disk <z> B/B`. Run: npx tsx bench/serverDisk.ts
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { eventually } from '../src/test/eventually.ts';
import { spawnServer } from '../server/testing/childServer.ts';
import { connectEnvelope, type EnvelopeClient } from '../server/testing/envelopeClient.ts';
import { newTestRoom } from '../server/testing/testRooms.ts';

const ROOMS = Number(process.env.ROOMS ?? 50);
const DURATION_S = Number(process.env.DURATION_S ?? 20);
const INTERVAL_MS = 500;

const writeBytes = (pid: number): number => Number(/write_bytes: (\d+)/.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1] ?? NaN);
const entry = (size: number) => new Uint8Array(randomBytes(size));

// On the real disk, not tmpfs: write_bytes counts only what reaches a block device.
const root = await mkdtemp(join(process.cwd(), 'bench', '.tmp-disk-'));
const dirs = { dataDir: join(root, 'data'), staticDir: join(root, 'static'), cleanup: () => rm(root, { recursive: true, force: true }) };
const server = await spawnServer(dirs, 0, { NEW_ROOMS_PER_IP_PER_HOUR: '100000', CONNECTIONS_PER_IP: '100000' });
const pid = server.child.pid ?? 0;
const url = `ws://127.0.0.1:${server.port}/sync`;
const clients: EnvelopeClient[] = [];
let received = 0;
try {
  for (let i = 0; i < ROOMS; i++) {
    const room = newTestRoom();
    const pair = [connectEnvelope(url, room), connectEnvelope(url, room)];
    for (const client of pair) client.doc.on('update', (update: Uint8Array, origin: unknown) => origin !== client.provider && (received += update.length));
    clients.push(...pair);
    const seeded = pair[0]?.append(entry(35_000)) ?? '';
    await eventually(() => pair[0]?.stored.has(seeded) ?? false, 20_000, 'seeded').catch((error: unknown) => {
      console.error(server.output());
      throw error;
    });
  }
  await new Promise((resolve) => setTimeout(resolve, 2000)); // let seeding's writes settle before measuring
  received = 0;
  const before = writeBytes(pid);
  const last: string[] = [];
  const timer = setInterval(() => {
    for (const client of clients) last.push(client.append(entry(93)));
  }, INTERVAL_MS);
  await new Promise((resolve) => setTimeout(resolve, DURATION_S * 1000));
  clearInterval(timer);
  await eventually(() => last.slice(-clients.length).every((id) => clients.some((client) => client.stored.has(id))), 20_000, 'all stored');
  await new Promise((resolve) => setTimeout(resolve, 2000)); // compactions and checkpoints that the load caused
  const written = writeBytes(pid) - before;
  console.log(`server disk: ${ROOMS} rooms × 2 clients, 1 entry (93 B) per client per ${INTERVAL_MS} ms for ${DURATION_S} s`);
  console.log(`received ${received} B of updates, wrote ${written} B to disk`);
  console.log(`disk ${(written / received).toFixed(2)} B/B`);
} finally {
  for (const client of clients) client.destroy();
  server.child.kill('SIGTERM');
  await server.exited;
  await dirs.cleanup();
}
