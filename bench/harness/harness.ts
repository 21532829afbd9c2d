/**
 * Browser side of P6, which times a layer below the UI: bundled with esbuild from the real src/
 * modules (persistDoc over y-indexeddb), served by the real server, and driven by Playwright
 * through `window.benchHarness`.
 */
import * as Y from 'yjs';
import { newGesprekId } from '../../src/domain/ids/gesprekId.ts';
import { persistDoc } from '../../src/storage/docPersistence.ts';

const FIELD = 'afspraak.1.preventie';

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
          if (status.state === 'error') reject(new Error(status.kind));
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

export const benchHarness = { idbCommit };

declare global {
  interface Window {
    benchHarness: typeof benchHarness;
  }
}
window.benchHarness = benchHarness;
