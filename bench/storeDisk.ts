/**
 * SQLite store alone (server/sqliteStore.ts), disk bytes written per byte appended, in virtual
 * time so the figure does not depend on the machine's load: ROOMS rooms (default 250), each seeded
 * with one 64 KiB entry (a sealed snapshot's bucket, as in P8), then RATE updates/s (default 2 per
 * room, P8's load) of one 93-byte entry each, spread over random rooms; every GROUP_COMMIT_MS
 * (default 5, the server's) of virtual time the updates due go to the store in one append, as the
 * group commit does. Compaction as the server does it (past 500 rows or 1 MiB); the store's own
 * fold runs at its virtual times (fold timer off, FOLD_S default 300, or past its row limit).
 * Disk = this process's /proc/self/io write_bytes after seeding. SQLite with synchronous NORMAL
 * writes back everything at each checkpoint, so compressing time changes little. Prints, for
 * DURATION_S of virtual time (default 60 and 1200), `disk <z> B/B`. Run: npx tsx bench/storeDisk.ts
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { DEFAULT_LIMITS } from '../server/limits.ts';
import { DEFAULT_FOLD, SqliteStore } from '../server/sqliteStore.ts';
import { newTestRoom } from '../server/testing/testRooms.ts';

const ROOMS = Number(process.env.ROOMS ?? 250);
const RATE = Number(process.env.RATE ?? ROOMS * 2);
const GROUP_COMMIT_MS = Number(process.env.GROUP_COMMIT_MS ?? DEFAULT_LIMITS.groupCommitMs);
const FOLD_S = Number(process.env.FOLD_S ?? DEFAULT_FOLD.foldMs / 1000);
const DURATIONS_S = (process.env.DURATION_S ?? '60,1200').split(',').map(Number);

const writeBytes = (): number => Number(/write_bytes: (\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))?.[1] ?? NaN);

/** One room as its tablets make it: an envelope doc whose every change is one update. */
function tablet() {
  const doc = new Y.Doc();
  let last: Uint8Array = new Uint8Array();
  doc.on('update', (update: Uint8Array) => (last = update));
  const entries = doc.getArray<Uint8Array>('entries');
  return (size: number): Uint8Array => {
    entries.insert(0, [new Uint8Array(randomBytes(size))]);
    return last;
  };
}

function run(durationS: number): string {
  const dir = mkdtempSync(join(process.cwd(), 'bench', '.tmp-store-disk-'));
  const store = new SqliteStore(dir, { fold: { foldMs: 2 ** 31 - 1 } });
  try {
    const rooms = Array.from({ length: ROOMS }, () => ({ id: newTestRoom().room, write: tablet(), rows: 0, bytes: 0 }));
    for (const room of rooms) {
      const update = room.write(65_536);
      store.append([{ room: room.id, update }]);
      Object.assign(room, { rows: 1, bytes: update.length });
    }
    const before = writeBytes();
    let received = 0;
    let due = 0;
    for (let step = 1; step * GROUP_COMMIT_MS <= durationS * 1000; step++) {
      due += (RATE * GROUP_COMMIT_MS) / 1000;
      const batch = [];
      for (; due >= 1; due--) {
        const room = rooms[Math.floor(Math.random() * rooms.length)] ?? rooms[0];
        if (!room) break;
        const update = room.write(93);
        received += update.length;
        batch.push({ room: room.id, update });
        room.rows++;
        room.bytes += update.length;
      }
      if (batch.length > 0) store.append(batch);
      for (const room of rooms) {
        if (room.rows <= DEFAULT_LIMITS.compactRows && room.bytes <= DEFAULT_LIMITS.compactBytes) continue;
        const result = store.compact(room.id);
        Object.assign(room, { rows: 1, bytes: result.bytesAfter });
      }
      if ((step * GROUP_COMMIT_MS) % (FOLD_S * 1000) === 0) store.foldNow();
    }
    const written = writeBytes() - before;
    return `${durationS} s: received ${received} B, wrote ${written} B, disk ${(written / received).toFixed(2)} B/B`;
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`store disk: ${ROOMS} rooms, ${RATE} updates/s, group commit ${GROUP_COMMIT_MS} ms, fold every ${FOLD_S} s (virtual time) [load ${loadavg()[0]?.toFixed(1)}]`);
for (const durationS of DURATIONS_S) console.log(run(durationS));
