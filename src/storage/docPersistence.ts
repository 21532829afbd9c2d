import { IndexeddbPersistence, PREFERRED_TRIM_SIZE, storeState } from 'y-indexeddb';
import type * as Y from 'yjs';
import { docDatabaseName } from './docDatabaseName.ts';
import { describeStorageError } from './storageErrors.ts';

export type SaveStatus =
  | { state: 'loading' }
  | { state: 'saving'; pending: number }
  | { state: 'saved' }
  | { state: 'error'; message: string };

export interface DocPersistence {
  /** Resolves once the stored document has been loaded into the Y.Doc. */
  loaded: Promise<void>;
  status(): SaveStatus;
  subscribe(listener: (status: SaveStatus) => void): () => void;
  destroy(): Promise<void>;
}

const TRIM_DELAY_MS = 1000;

/**
 * y-indexeddb, with its write step replaced by one that knows when IndexedDB has committed
 * and reports failures: "Opgeslagen" is only ever said after the transaction completed.
 */
export function persistDoc(gesprekId: string, doc: Y.Doc): DocPersistence {
  const persistence = new IndexeddbPersistence(docDatabaseName(gesprekId), doc);
  let status: SaveStatus = { state: 'loading' };
  let pending = 0;
  let trimTimer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<(s: SaveStatus) => void>();

  const set = (next: SaveStatus) => {
    // An error stays visible until the next successful commit.
    status = next;
    for (const listener of listeners) listener(status);
  };
  const fail = (error: unknown) => set({ state: 'error', message: describeStorageError(error) });

  const write = (db: IDBDatabase, update: Uint8Array) => {
    let tx: IDBTransaction;
    try {
      tx = db.transaction(['updates'], 'readwrite');
      tx.objectStore('updates').add(update);
    } catch (error) {
      pending--;
      fail(error);
      return;
    }
    tx.oncomplete = () => {
      pending--;
      if (pending === 0) set({ state: 'saved' });
      else if (status.state !== 'error') set({ state: 'saving', pending });
    };
    const onFailure = () => {
      pending--;
      fail(tx.error ?? new DOMException('Transaction aborted', 'AbortError'));
    };
    tx.onabort = onFailure;
    tx.onerror = (event) => event.preventDefault();
    persistence._dbsize++;
    if (persistence._dbsize >= PREFERRED_TRIM_SIZE) scheduleTrim();
  };

  const scheduleTrim = () => {
    clearTimeout(trimTimer);
    trimTimer = setTimeout(() => void storeState(persistence, false).catch(fail), TRIM_DELAY_MS);
  };

  const storeUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === persistence) return;
    pending++;
    if (status.state !== 'error') set({ state: 'saving', pending });
    if (persistence.db) write(persistence.db, update);
    else void persistence._db.then((db) => write(db, update), fail);
  };

  doc.off('update', persistence._storeUpdate);
  persistence._storeUpdate = storeUpdate;
  doc.on('update', storeUpdate);

  void persistence._db.then((db) => {
    db.addEventListener('close', () => fail(new DOMException('connection closed', 'InvalidStateError')));
  }, fail);

  const loaded = persistence.whenSynced.then(() => {
    if (status.state === 'loading') set({ state: 'saved' });
  });

  return {
    loaded,
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async destroy() {
      clearTimeout(trimTimer);
      listeners.clear();
      await persistence.destroy();
    },
  };
}
