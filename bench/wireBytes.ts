/**
 * P10: bytes on the WebSocket per keystroke while two tablets type. The real app in two
 * Chromium contexts paired through the UI (bench/support/pairing.ts), real server; both type in
 * chapter 5's field in turns; CDP Network.webSocketFrameSent / webSocketFrameReceived on both
 * pages count every frame's payload (binary frames arrive base64: decoded length). Floor: the
 * Yjs update of one keystroke on its own (the same typing replayed on a plain Y.Doc in node).
 * Run with `npx tsx bench/wireBytes.ts`.
 */
import type { CDPSession, Page } from '@playwright/test';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { startAppServer } from './support/appServer.ts';
import { benchBuild } from './support/benchBuild.ts';
import { withChromium } from './support/chromium.ts';
import { loadNow } from './support/load.ts';
import { openChapter, pairTwoTablets, waitForSynced } from './support/pairing.ts';
import { emitRow, ratio } from './support/report.ts';

const KEYSTROKES = 300;
const PACE_MS = 40;
const TURN = 30;
const FIELD = 'samenwerking';
const sleep = (t: number) => new Promise((resolve) => setTimeout(resolve, t));

interface Counter {
  sent: number;
  received: number;
  frames: number;
  /** Bytes and frames per direction and Hocuspocus message kind, to see what the bytes are. */
  kinds: Map<string, { frames: number; bytes: number }>;
}

const KIND_NAMES: Record<number, string> = { 1: 'awareness', 2: 'auth', 3: 'query awareness', 5: 'stateless', 8: 'sync status' };
const SYNC_NAMES: Record<number, string> = { 0: 'sync step 1', 1: 'sync step 2', 2: 'sync update' };

/** Hocuspocus frame: varString(document name) ‖ varUint(type) ‖ (Sync: varUint(step)) ‖ … */
function kindOf(payload: Uint8Array): string {
  try {
    const decoder = decoding.createDecoder(payload);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === 0) return SYNC_NAMES[decoding.readVarUint(decoder)] ?? 'sync ?';
    return KIND_NAMES[type] ?? `type ${type}`;
  } catch {
    return 'other';
  }
}

async function countFrames(page: Page): Promise<{ counter: Counter; cdp: CDPSession }> {
  const cdp = await page.context().newCDPSession(page);
  const counter: Counter = { sent: 0, received: 0, frames: 0, kinds: new Map() };
  const bytesOf = (response: { opcode: number; payloadData: string }) =>
    response.opcode === 2 ? Buffer.from(response.payloadData, 'base64') : Buffer.from(response.payloadData);
  const count = (direction: 'up' | 'down', response: { opcode: number; payloadData: string }): number => {
    const bytes = bytesOf(response);
    const key = `${direction} ${kindOf(bytes)}`;
    const kind = counter.kinds.get(key) ?? { frames: 0, bytes: 0 };
    counter.kinds.set(key, { frames: kind.frames + 1, bytes: kind.bytes + bytes.length });
    counter.frames++;
    return bytes.length;
  };
  cdp.on('Network.webSocketFrameSent', ({ response }) => {
    counter.sent += count('up', response);
  });
  cdp.on('Network.webSocketFrameReceived', ({ response }) => {
    counter.received += count('down', response);
  });
  await cdp.send('Network.enable');
  return { counter, cdp };
}

/** The same keystrokes as Yjs updates on a plain doc: what one keystroke is worth on its own. */
function yjsFloor(): number {
  const doc = new Y.Doc();
  const text = doc.getText(FIELD);
  let bytes = 0;
  doc.on('update', (u: Uint8Array) => (bytes += u.length));
  for (let i = 0; i < KEYSTROKES; i++) text.insert(text.length, String.fromCharCode(97 + (i % 26)));
  return bytes / KEYSTROKES;
}

const built = await benchBuild();
const server = await startAppServer({ staticDir: built.outDir });
try {
  const measured = await withChromium(async (browser) => {
    const { school, politie } = await pairTwoTablets(browser, server.origin, async () => undefined);
    for (const page of [school, politie]) {
      await openChapter(page, /^Hoofdstuk 5/);
      await waitForSynced(page);
    }
    const counters = [await countFrames(school), await countFrames(politie)];
    await sleep(500);
    for (const c of counters) Object.assign(c.counter, { sent: 0, received: 0, frames: 0, kinds: new Map() });
    for (let done = 0; done < KEYSTROKES; ) {
      for (const page of [school, politie]) {
        const field = page.locator(`[data-field="${FIELD}"] textarea`);
        await field.focus();
        await page.keyboard.press('End');
        for (let i = 0; i < TURN && done < KEYSTROKES; i++, done++) {
          await page.keyboard.press(String.fromCharCode(97 + (done % 26)));
          await sleep(PACE_MS);
        }
      }
    }
    const value = (page: Page) => page.locator(`[data-field="${FIELD}"] textarea`).inputValue();
    const deadline = Date.now() + 30_000;
    while ((await value(school)) !== (await value(politie)) || (await value(school)).length < KEYSTROKES) {
      if (Date.now() > deadline) throw new Error('the two tablets never showed the same text');
      await sleep(100);
    }
    await waitForSynced(school);
    await waitForSynced(politie);
    await sleep(1000); // acknowledgements still on their way
    return counters.map((c) => ({ ...c.counter, kinds: new Map(c.counter.kinds) }));
  });
  const sent = measured.reduce((sum, c) => sum + c.sent, 0);
  const received = measured.reduce((sum, c) => sum + c.received, 0);
  const floor = yjsFloor();
  const up = sent / KEYSTROKES;
  const down = received / KEYSTROKES;
  const kinds = new Map<string, { frames: number; bytes: number }>();
  for (const c of measured) {
    for (const [key, kind] of c.kinds) {
      const sum = kinds.get(key) ?? { frames: 0, bytes: 0 };
      kinds.set(key, { frames: sum.frames + kind.frames, bytes: sum.bytes + kind.bytes });
    }
  }
  for (const [key, kind] of [...kinds].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`  ${key}: ${kind.frames} frames, ${(kind.bytes / KEYSTROKES).toFixed(1)} B per keystroke, ${(kind.bytes / kind.frames).toFixed(0)} B per frame`);
  }
  console.log(`  ${KEYSTROKES} keystrokes: sent ${sent} B, received ${received} B, ${measured.reduce((s, c) => s + c.frames, 0)} frames; Yjs update ${floor.toFixed(1)} B per keystroke [load ${loadNow().toFixed(1)}]`);
  emitRow({
    id: 'P10',
    what: 'WebSocket bytes per keystroke, two tablets typing in turns',
    result: `up ${up.toFixed(0)} B · down ${down.toFixed(0)} B per keystroke (both tablets together, ${KEYSTROKES} keystrokes)`,
    floor: `Yjs update ${floor.toFixed(1)} B`,
    ratio: `${ratio(up, floor)} (up); ${ratio(up + down, 2 * floor)} (up+down vs once each way)`,
    goal: '≤ 3× floor (over a 5,000-keystroke session)',
    met: up <= 3 * floor,
    method: `two Chromium contexts paired through Delen → koppel link, real server; ${KEYSTROKES} keystrokes in chapter 5's field, ${TURN} per turn, ${PACE_MS} ms apart; CDP Network.webSocketFrameSent/Received payload bytes on both pages (presence and acknowledgements included), from after both said synced until both show the same text and are synced again; floor: the same keystrokes' Yjs updates on a plain Y.Doc. ${KEYSTROKES}, not 5,000 keystrokes, to keep the run short (compaction goes by bytes, docs/sync-client.md, so a longer session adds snapshots in proportion). Bytes do not depend on CPU speed: no ×4 run.`,
  });
} finally {
  await server.stop();
}
