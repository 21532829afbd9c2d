import { IndexeddbPersistence, PREFERRED_TRIM_SIZE, storeState } from 'y-indexeddb';
import { encodeStateAsUpdate } from 'yjs';
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
const RETRY_FIRST_MS = 2000;
const RETRY_MAX_MS = 30_000;

/**
 * y-indexeddb, with its write step replaced by one that knows when IndexedDB has committed
 * and reports failures: "Opgeslagen" is only ever said after the transaction completed.
 */
export function persistDoc(gesprekId: string, doc: Y.Doc): DocPersistence {
  const persistence = new IndexeddbPersistence(docDatabaseName(gesprekId), doc);
  let status: SaveStatus = { state: 'loading' };
  let pending = 0;
  let trimTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryDelay = RETRY_FIRST_MS;
  // Writes are numbered. A failed write leaves its update only in memory, and later updates
  // build on it; so until a whole-document write issued after the failure has committed,
  // nothing may be called saved, and every write stores the whole document.
  let seq = 0;
  let uncoveredFailure = 0;
  let destroyed = false;
  const listeners = new Set<(s: SaveStatus) => void>();

  const set = (next: SaveStatus) => {
    // An error stays visible until a commit that covers every failed write.
    status = next;
    for (const listener of listeners) listener(status);
  };
  const fail = (error: unknown) => set({ state: 'error', message: describeStorageError(error) });

  const scheduleRetry = () => {
    if (retryTimer !== undefined || destroyed) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      if (uncoveredFailure > 0 && !destroyed) storeUpdate(undefined, 'retry');
    }, retryDelay);
    retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS);
  };

  const failed = (n: number, error: unknown) => {
    pending--;
    uncoveredFailure = Math.max(uncoveredFailure, n);
    fail(error);
    scheduleRetry();
  };

  const write = (db: IDBDatabase, update: Uint8Array | undefined) => {
    const n = ++seq;
    const whole = update === undefined || uncoveredFailure > 0;
    let tx: IDBTransaction;
    let requestError: DOMException | null = null;
    try {
      tx = db.transaction(['updates'], 'readwrite');
      const request = tx.objectStore('updates').add(whole ? encodeStateAsUpdate(doc) : update);
      // Let a failed request abort the transaction (the default), and remember why.
      request.onerror = () => {
        requestError = request.error;
      };
    } catch (error) {
      failed(n, error);
      return;
    }
    tx.oncomplete = () => {
      pending--;
      if (whole && n > uncoveredFailure) {
        uncoveredFailure = 0;
        retryDelay = RETRY_FIRST_MS;
      }
      if (pending === 0 && uncoveredFailure === 0) set({ state: 'saved' });
      else if (status.state !== 'error') set({ state: 'saving', pending });
    };
    tx.onabort = () => failed(n, tx.error ?? requestError ?? new DOMException('Transaction aborted', 'AbortError'));
    persistence._dbsize++;
    if (persistence._dbsize >= PREFERRED_TRIM_SIZE) scheduleTrim();
  };

  const scheduleTrim = () => {
    clearTimeout(trimTimer);
    trimTimer = setTimeout(() => void storeState(persistence, false).catch(fail), TRIM_DELAY_MS);
  };

  /** `update` undefined: store the whole document (a retry after a failure). */
  const storeUpdate = (update: Uint8Array | undefined, origin: unknown) => {
    if (origin === persistence) return;
    pending++;
    if (status.state !== 'error') set({ state: 'saving', pending });
    if (persistence.db) write(persistence.db, update);
    else void persistence._db.then((db) => write(db, update), (error: unknown) => failed(++seq, error));
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
      destroyed = true;
      clearTimeout(trimTimer);
      clearTimeout(retryTimer);
      listeners.clear();
      await persistence.destroy();
    },
  };
}
