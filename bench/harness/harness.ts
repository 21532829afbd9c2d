/**
 * Browser side of the browser benches that the app's UI cannot drive (yet): bundled with esbuild
 * from the real src/ modules (sync, storage, text diff), served by the real server, and driven by
 * Playwright through `window.benchHarness`.
 */
import * as Y from 'yjs';
import { applyTextChange } from '../../src/domain/form/textDiff.ts';
import { newGesprekId } from '../../src/domain/ids/gesprekId.ts';
import { persistDoc } from '../../src/storage/docPersistence.ts';
import { newRoomKeyText, startEncryptedSync, syncUrlFor, type EncryptedSync } from '../../src/sync/index.ts';

export type TypingPath = 'sync' | 'relay';

const FIELD = 'afspraak.1.preventie';
const wallClock = () => performance.timeOrigin + performance.now();

/**
 * One "tablet" of the keystroke bench. Two fields: one bound to a Y.Text that syncs encrypted
 * through the server (as the app's fields do), one that sends each typed character over a raw
 * relay socket (the floor). The same keystrokes, the same pages, the same clock.
 */
class Tablet {
  readonly doc = new Y.Doc();
  readonly text = this.doc.getText(FIELD);
  readonly fields: Record<TypingPath, HTMLTextAreaElement> = { sync: field('sync'), relay: field('relay') };
  /** When each keystroke happened here (keydown, shared wall clock). */
  readonly sent: number[] = [];
  /** When each character became visible here (textarea value set, shared wall clock). */
  readonly received: number[] = [];
  private sync: EncryptedSync | undefined;
  private relay: WebSocket | undefined;

  constructor() {
    for (const el of Object.values(this.fields)) el.addEventListener('keydown', (e) => this.sent.push(performance.timeOrigin + e.timeStamp));
    const { sync, relay } = this.fields;
    sync.addEventListener('input', () => applyTextChange(this.text, sync.value, sync));
    relay.addEventListener('input', () => this.relay?.send(relay.value.slice(-1)));
    // What the app's field binding does with the other tablet's typing: set the value.
    this.text.observe((event, transaction) => {
      if (transaction.origin === sync) return;
      sync.value = this.text.toString();
      let inserted = 0;
      for (const op of event.delta) if (typeof op.insert === 'string') inserted += op.insert.length;
      this.arrived(inserted);
    });
  }

  async connectSync(roomId: string, roomKey: string): Promise<void> {
    this.sync = await startEncryptedSync({ doc: this.doc, roomId, roomKey, url: syncUrlFor(location.origin) });
    await new Promise<void>((resolve) => {
      const off = this.sync?.subscribe((status) => {
        if (status.state === 'connected' && status.synced) {
          queueMicrotask(() => off?.());
          resolve();
        }
      });
    });
  }

  connectRelay(url: string): Promise<void> {
    const socket = new WebSocket(url);
    this.relay = socket;
    socket.onmessage = (message) => {
      this.fields.relay.value += String(message.data);
      this.arrived(1);
    };
    return new Promise((resolve, reject) => {
      socket.onopen = () => resolve();
      socket.onerror = () => reject(new Error('relay socket failed'));
    });
  }

  focusEnd(path: TypingPath): void {
    const el = this.fields[path];
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }

  close(): void {
    this.sync?.destroy();
    this.relay?.close();
  }

  private arrived(count: number): void {
    const at = wallClock();
    for (let i = 0; i < count; i++) this.received.push(at);
  }
}

function field(name: string): HTMLTextAreaElement {
  const el = document.createElement('textarea');
  el.setAttribute('aria-label', name);
  document.body.append(el);
  return el;
}

let tablet: Tablet | undefined;

/** P6: edit → committed (persistDoc 'saved'), and a raw IndexedDB put of the same bytes in its own transaction, alternating. */
async function idbCommit(edits: number): Promise<{ edit: number[]; floor: number[]; updateBytes: number[] }> {
  const doc = new Y.Doc();
  const persistence = persistDoc(`bench-${newGesprekId()}`, doc);
  await persistence.loaded;
  const text = doc.getText(FIELD);
  const raw = await openRawDb(`bench-raw-${newGesprekId()}`);
  const updateBytes: number[] = [];
  let lastUpdate: Uint8Array = new Uint8Array();
  doc.on('update', (update: Uint8Array) => {
    lastUpdate = update;
    updateBytes.push(update.length);
  });
  const edit: number[] = [];
  const floor: number[] = [];
  try {
    for (let i = 0; i < edits; i++) {
      const start = performance.now();
      await new Promise<void>((resolve, reject) => {
        const off = persistence.subscribe((status) => {
          if (status.state === 'saved') resolve();
          if (status.state === 'error') reject(new Error(status.message));
          if (status.state === 'saved' || status.state === 'error') off();
        });
        text.insert(text.length, i % 40 === 39 ? ' ' : 'x');
      });
      edit.push(performance.now() - start);

      const value = lastUpdate.slice();
      const rawStart = performance.now();
      await new Promise<void>((resolve, reject) => {
        const tx = raw.transaction(['updates'], 'readwrite');
        tx.objectStore('updates').add(value);
        tx.oncomplete = () => resolve();
        tx.onabort = () => reject(tx.error ?? new Error('aborted'));
      });
      floor.push(performance.now() - rawStart);
    }
  } finally {
    raw.close();
    await persistence.destroy();
    doc.destroy();
  }
  return { edit, floor, updateBytes };
}

function openRawDb(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('updates', { autoIncrement: true });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

export const benchHarness = {
  newRoom: () => ({ roomId: newGesprekId(), roomKey: newRoomKeyText() }),
  async startTablet(roomId: string, roomKey: string, relayUrl: string): Promise<void> {
    tablet = new Tablet();
    await Promise.all([tablet.connectSync(roomId, roomKey), tablet.connectRelay(relayUrl)]);
  },
  /** Switches the typing path and puts the caret at the end of the field. */
  prepare(path: TypingPath): void {
    if (!tablet) throw new Error('no tablet');
    tablet.focusEnd(path);
  },
  counts: () => ({ sent: tablet?.sent.length ?? 0, received: tablet?.received.length ?? 0 }),
  /** Takes (and clears) the timestamps recorded so far. */
  take: () => ({ sent: tablet?.sent.splice(0) ?? [], received: tablet?.received.splice(0) ?? [] }),
  close: () => tablet?.close(),
  idbCommit,
};

declare global {
  interface Window {
    benchHarness: typeof benchHarness;
  }
}
window.benchHarness = benchHarness;
