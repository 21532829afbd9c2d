/**
 * A load process (the generator, or the probe with 5 rooms): ROOMS rooms × 2 tablets of MODE
 * (ours | stock), tablet 0 on the first of URLS and tablet 1 on the last. Prints `seeded`, waits
 * for `go` on stdin, sends 1 update per tablet per second for DURATION_S, waits until what was
 * sent arrived (at most DRAIN_S), prints `result {json}` and stays connected until it is stopped.
 */
import { createInterface } from 'node:readline';
import { summarize } from '../support/stats.ts';
import type { LoadRoom } from './loadRoom.ts';
import { openOursRoom } from './oursRoom.ts';
import { seedGesprekUpdate } from './seedGesprek.ts';
import { openStockRoom } from './stockRoom.ts';

const MODE = process.env.MODE === 'stock' ? 'stock' : 'ours';
const URLS = (process.env.URLS ?? '').split(',');
const ROOMS = Number(process.env.ROOMS ?? 5);
const DURATION_S = Number(process.env.DURATION_S ?? 60);
const OPEN = process.env.OPEN === '1';
const DRAIN_S = 15;
const SEED_BATCH = 20;

const urls: [string, string] = [URLS[0] ?? '', URLS[URLS.length - 1] ?? ''];
const seed = seedGesprekUpdate();
const open = MODE === 'stock' ? openStockRoom : openOursRoom;
const rooms: LoadRoom[] = [];
for (let i = 0; i < ROOMS; i += SEED_BATCH) {
  const batch = Array.from({ length: Math.min(SEED_BATCH, ROOMS - i) }, () => open({ urls, seed, open: OPEN }));
  rooms.push(...batch);
  await Promise.all(batch.map((room) => room.ready));
}
console.log('seeded');
await new Promise<void>((resolve) => createInterface({ input: process.stdin }).once('line', () => resolve()));

const cpuAtGo = process.cpuUsage();
// Each tablet sends at its own offset within the second; a tick that came late (a busy process)
// sends what fell due meanwhile, so the offered load is exactly 1 update per tablet per second.
const goAt = performance.now();
const tablets = rooms.flatMap((room) => ([0, 1] as const).map((side) => ({ room, side, offset: Math.random() * 1000, sent: 0 })));
const dueBy = (now: number, offset: number) => Math.max(0, Math.min(DURATION_S, Math.floor((now - goAt - offset) / 1000) + 1));
await new Promise<void>((resolve) => {
  const tick = setInterval(() => {
    const now = performance.now();
    for (const tablet of tablets) {
      for (const due = dueBy(now, tablet.offset); tablet.sent < due; tablet.sent++) tablet.room.send(tablet.side);
    }
    if (now - goAt >= DURATION_S * 1000 + 1000) {
      clearInterval(tick);
      resolve();
    }
  }, 10);
});
const total = () => rooms.reduce((sum, room) => ({ sent: sum.sent + room.counts.sent, delivered: sum.delivered + room.counts.delivered }), { sent: 0, delivered: 0 });
const drainUntil = Date.now() + DRAIN_S * 1000;
while (Date.now() < drainUntil && total().delivered < total().sent) await new Promise((resolve) => setTimeout(resolve, 100));

const latencies = rooms.flatMap((room) => room.counts.latencies);
const sentBytes = rooms.reduce((sum, room) => sum + room.counts.sentBytes, 0);
const { sent, delivered } = total();
const cpu = process.cpuUsage(cpuAtGo);
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(`result ${JSON.stringify({ sent, delivered, sentBytes, cpuMs, latency: summarize(latencies) })}`);
// Stay connected until stopped (SIGTERM): leaving would unload every room, and what the servers
// store on unload is not the load's cost.
