/**
 * P6: edit → committed in IndexedDB, in Chromium's real IndexedDB. The harness page (real
 * src/storage/docPersistence.ts + y-indexeddb) inserts one character into a Y.Text and waits for
 * persistDoc's status 'saved', which the app sets only in the IDB transaction's oncomplete.
 * Floor: a raw IndexedDB add of the same update bytes in a transaction of its own, alternating
 * with the edits in the same page. Run with `npx tsx bench/idbCommit.ts`.
 */
import { startAppServer } from './support/appServer.ts';
import { withDiskProfile } from './support/chromium.ts';
import { buildHarness } from './support/harnessBuild.ts';
import { emitRow, ratio } from './support/report.ts';
import { ms, summarize } from './support/stats.ts';

const EDITS = 1000;
const WARMUP = 50;

const server = await startAppServer({ staticDir: await buildHarness() });
try {
  const result = await withDiskProfile(async (context) => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => 'benchHarness' in window);
    await page.evaluate((n) => window.benchHarness.idbCommit(n), WARMUP);
    return page.evaluate((n) => window.benchHarness.idbCommit(n), EDITS);
  });
  const edit = summarize(result.edit);
  const floor = summarize(result.floor);
  const bytes = summarize(result.updateBytes);
  console.log(`  edit → saved: n ${edit.n}, p50 ${ms(edit.p50)}, p95 ${ms(edit.p95)}, p99 ${ms(edit.p99)}, max ${ms(edit.max)}`);
  console.log(`  raw IDB add: n ${floor.n}, p50 ${ms(floor.p50)}, p95 ${ms(floor.p95)}, p99 ${ms(floor.p99)}, max ${ms(floor.max)}`);
  console.log(`  update size: p50 ${bytes.p50} B`);
  emitRow({
    id: 'P6',
    what: 'edit → committed in IndexedDB (persistDoc "saved")',
    result: `p50 ${ms(edit.p50)} · p99 ${ms(edit.p99)} (n ${edit.n})`,
    floor: `raw IDB add p50 ${ms(floor.p50)} · p99 ${ms(floor.p99)}`,
    ratio: `${ratio(edit.p99, floor.p99)} (p99)`,
    goal: 'p99 ≤ 10 ms, ≤ 2× floor',
    met: edit.p99 <= 10 && edit.p99 <= 2 * floor.p99,
    method: `harness page in Chromium with an on-disk profile (real persistDoc/y-indexeddb); ${EDITS} one-character Y.Text inserts, each timed from insert to status 'saved' (IDB oncomplete), after ${WARMUP} warm-up; floor: raw add of the same ~${bytes.p50} B update in its own readwrite transaction, alternating, same page.`,
  });
  emitRow({
    id: 'F3',
    what: 'floor: raw IndexedDB add in its own transaction (Chromium)',
    result: `p50 ${ms(floor.p50)} · p99 ${ms(floor.p99)} (n ${floor.n})`,
    goal: '—',
    method: 'the P6 floor: add of the same update bytes to a plain object store, timed to oncomplete, alternating with the P6 edits.',
  });
} finally {
  await server.stop();
}
