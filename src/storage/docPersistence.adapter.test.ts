import { afterEach, describe, expect, it, vi } from 'vitest';
import { IndexeddbPersistence, storeState } from 'y-indexeddb';
import * as Y from 'yjs';
import { newGesprekId } from '../domain/ids/gesprekId.ts';
import { eventually } from '../test/eventually.ts';
import { committed } from './committed.ts';
import { docDatabaseName } from './docDatabaseName.ts';
import { persistDoc } from './docPersistence.ts';
import { TRIM_AT_ENTRIES, UPDATES_STORE } from './yUpdateStore.ts';

const originalOpen = IDBFactory.prototype.open;
const originalTransaction = IDBDatabase.prototype.transaction;
afterEach(() => {
  IDBFactory.prototype.open = originalOpen;
  IDBDatabase.prototype.transaction = originalTransaction;
  vi.useRealTimers();
});

/** The number of entries in a gesprek's `updates` store, read with plain IndexedDB. */
async function storedEntries(id: string): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(docDatabaseName(id));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const count = await new Promise<number>((resolve) => {
    const request = db.transaction(UPDATES_STORE).objectStore(UPDATES_STORE).count();
    request.onsuccess = () => resolve(request.result);
  });
  db.close();
  return count;
}

async function readWithOurAdapter(id: string, field: string): Promise<string> {
  const doc = new Y.Doc();
  const persistence = persistDoc(id, doc);
  await persistence.loaded;
  const text = doc.getText(field).toString();
  await persistence.destroy();
  return text;
}

describe('the IndexedDB format stays the one y-indexeddb wrote', () => {
  it('opens a database written (and trimmed) by y-indexeddb, and y-indexeddb reads what it writes', async () => {
    const id = newGesprekId();
    const old = new Y.Doc();
    const y = new IndexeddbPersistence(docDatabaseName(id), old);
    await y.whenSynced;
    const text = old.getText('samenwerking');
    for (const word of ['Elk ', 'kwartaal ', 'overleg ']) text.insert(text.length, word);
    await storeState(y); // the trim: one merged entry, older ones deleted
    text.insert(text.length, 'op school.');
    await eventually(async () => (await storedEntries(id)) >= 2);
    await y.destroy();

    expect(await readWithOurAdapter(id, 'samenwerking')).toBe('Elk kwartaal overleg op school.');

    const doc = new Y.Doc();
    const persistence = persistDoc(id, doc);
    await persistence.loaded;
    doc.getText('samenwerking').insert(0, 'Afspraak: ');
    await committed(persistence);
    await persistence.destroy();

    const back = new Y.Doc();
    const again = new IndexeddbPersistence(docDatabaseName(id), back);
    await again.whenSynced;
    expect(back.getText('samenwerking').toString()).toBe('Afspraak: Elk kwartaal overleg op school.');
    await again.destroy();
  });

  it(`merges the history into one entry past ${TRIM_AT_ENTRIES} entries, keeping every edit`, async () => {
    const id = newGesprekId();
    const doc = new Y.Doc();
    const persistence = persistDoc(id, doc);
    await persistence.loaded;
    const text = doc.getText('f');
    for (let i = 0; i < TRIM_AT_ENTRIES + 5; i++) {
      text.insert(text.length, String(i % 10));
      await persistence.idle(); // one committed entry per edit
    }
    await eventually(async () => (await storedEntries(id)) < 10, 10_000, 'trimmed');
    await persistence.destroy();
    expect(await readWithOurAdapter(id, 'f')).toBe(text.toString());
    expect(text.length).toBe(TRIM_AT_ENTRIES + 5);
  });
});

describe('when the database cannot be opened', () => {
  it('reports it, lets idle() resolve, and stores the edits once it opens again', async () => {
    const id = newGesprekId();
    // A database at a higher version than asked for fails to open (VersionError), asynchronously.
    await new Promise<void>((resolve) => {
      const request = indexedDB.open(`${docDatabaseName(id)}`, 3);
      request.onupgradeneeded = () => request.result.createObjectStore(UPDATES_STORE, { autoIncrement: true });
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    IDBFactory.prototype.open = function (this: IDBFactory, name: string) {
      return originalOpen.call(this, name, 1);
    };
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const doc = new Y.Doc();
    const persistence = persistDoc(id, doc);
    await expect(persistence.loaded).rejects.toThrow();
    expect(persistence.status().state).toBe('error');

    doc.getText('f').insert(0, 'Toch bewaard');
    await persistence.idle(); // settles: the failed write is reported, not waited on forever
    const status = persistence.status();
    expect(status.state === 'error' && status.kind).toBe('unavailable');
    expect(await committed(persistence)).toEqual({ ok: false, error: { code: 'unavailable' } });

    IDBFactory.prototype.open = originalOpen;
    await vi.advanceTimersByTimeAsync(2100); // the retry opens the database and stores the doc whole
    vi.useRealTimers();
    await eventually(() => persistence.status().state === 'saved', 5000, 'saved after the retry');
    await persistence.destroy();
    expect(await readWithOurAdapter(id, 'f')).toBe('Toch bewaard');
  });
});

describe('committed()', () => {
  it('resolves once the edit is in IndexedDB', async () => {
    const id = newGesprekId();
    const doc = new Y.Doc();
    const persistence = persistDoc(id, doc);
    await persistence.loaded;
    doc.getText('f').insert(0, 'Opgeslagen');
    expect(persistence.status().state).toBe('saving');
    await committed(persistence);
    expect(persistence.status().state).toBe('saved');
    await persistence.destroy();
    expect(await readWithOurAdapter(id, 'f')).toBe('Opgeslagen');
  });

  it('reports the storage problem (a code; the words are the UI\'s) when the write failed', async () => {
    const doc = new Y.Doc();
    const persistence = persistDoc(newGesprekId(), doc);
    await persistence.loaded;
    IDBDatabase.prototype.transaction = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    doc.getText('f').insert(0, 'x');
    IDBDatabase.prototype.transaction = originalTransaction;
    expect(await committed(persistence)).toEqual({ ok: false, error: { code: 'quota' } });
    await persistence.destroy();
  });
});
