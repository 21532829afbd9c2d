import { IndexeddbPersistence, PREFERRED_TRIM_SIZE, storeState } from 'y-indexeddb';
import { encodeStateAsUpdate, mergeUpdates } from 'yjs';
import type * as Y from 'yjs';
import { docDatabaseName } from './docDatabaseName.ts';
import { trackOpenDoc } from './openDocs.ts';
import { storageErrorKind, type StorageErrorKind } from './storageErrors.ts';

export type SaveStatus =
  | { state: 'loading' }
  | { state: 'saving'; pending: number }
  | { state: 'saved' }
  | { state: 'error'; kind: StorageErrorKind };

export interface DocPersistence {
  /** Resolves once the stored document has been loaded into the Y.Doc. */
  loaded: Promise<void>;
  status(): SaveStatus;
  subscribe(listener: (status: SaveStatus) => void): () => void;
  /** Resolves once nothing waits to be written and no write is in flight (a failed one shows its error). */
  idle(): Promise<void>;
  destroy(): Promise<void>;
}

const TRIM_DELAY_MS = 1000;
const RETRY_FIRST_MS = 2000;
const RETRY_MAX_MS = 30_000;

/**
 * y-indexeddb, with its write step replaced by one that knows when IndexedDB has committed
 * and reports failures: "Opgeslagen" is only ever said after the transaction completed.
 *
 * One transaction is in flight at a time; updates that arrive meanwhile wait and go together
 * (merged) in the next one. So however fast someone types, a keystroke is committed within about
 * two commits. (One transaction per keystroke builds a backlog, and a tab that closes aborts it.)
 */
export function persistDoc(gesprekId: string, doc: Y.Doc): DocPersistence {
  const persistence = new IndexeddbPersistence(docDatabaseName(gesprekId), doc);
  let status: SaveStatus = { state: 'loading' };
  let trimTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryDelay = RETRY_FIRST_MS;
  let queue: Uint8Array[] = [];
  let wholeRequested = false;
  let inFlight = false;
  // Writes are numbered. A failed write leaves its updates only in memory, and later updates
  // build on them; so until a whole-document write issued after the failure has committed,
  // nothing may be called saved, and every write stores the whole document.
  let seq = 0;
  let uncoveredFailure = 0;
  let destroyed = false;
  const listeners = new Set<(s: SaveStatus) => void>();
  const idleWaiters: Array<() => void> = [];

  const set = (next: SaveStatus) => {
    // An error stays visible until a commit that covers every failed write.
    status = next;
    for (const listener of listeners) listener(status);
  };
  const fail = (error: unknown) => set({ state: 'error', kind: storageErrorKind(error) });
  const waiting = () => queue.length + (wholeRequested ? 1 : 0);
  const isIdle = () => destroyed || (!inFlight && waiting() === 0);
  const showProgress = () => {
    if (isIdle()) for (const resolve of idleWaiters.splice(0)) resolve();
    const pending = waiting() + (inFlight ? 1 : 0);
    if (status.state === 'error') return;
    if (pending > 0) set({ state: 'saving', pending });
    else if (uncoveredFailure === 0) set({ state: 'saved' });
  };

  const scheduleRetry = () => {
    if (retryTimer !== undefined || destroyed) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      if (uncoveredFailure > 0 && !destroyed) storeUpdate(undefined, 'retry');
    }, retryDelay);
    retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS);
  };

  const failed = (n: number, error: unknown) => {
    uncoveredFailure = Math.max(uncoveredFailure, n);
    fail(error);
    scheduleRetry();
  };

  /** Writes everything waiting in one transaction; `onSettled` runs once it committed or failed. */
  const writeWaiting = (db: IDBDatabase, onSettled: () => void) => {
    const batch = queue;
    const whole = wholeRequested || uncoveredFailure > 0;
    queue = [];
    wholeRequested = false;
    const n = ++seq;
    let tx: IDBTransaction;
    let requestError: DOMException | null = null;
    try {
      const data = whole ? encodeStateAsUpdate(doc) : batch.length === 1 ? batch[0]! : mergeUpdates(batch);
      tx = db.transaction(['updates'], 'readwrite');
      const request = tx.objectStore('updates').add(data);
      // Let a failed request abort the transaction (the default), and remember why.
      request.onerror = () => {
        requestError = request.error;
      };
    } catch (error) {
      failed(n, error);
      onSettled();
      return;
    }
    tx.oncomplete = () => {
      if (whole && n > uncoveredFailure) {
        uncoveredFailure = 0;
        retryDelay = RETRY_FIRST_MS;
        if (status.state === 'error') set({ state: 'saving', pending: waiting() });
      }
      onSettled();
    };
    tx.onabort = () => {
      failed(n, tx.error ?? requestError ?? new DOMException('Transaction aborted', 'AbortError'));
      onSettled();
    };
    persistence._dbsize++;
    if (persistence._dbsize >= PREFERRED_TRIM_SIZE) scheduleTrim();
  };

  const flush = () => {
    if (inFlight || destroyed || waiting() === 0) return;
    const db = persistence.db;
    if (!db) {
      inFlight = true;
      persistence._db.then(
        () => {
          inFlight = false;
          flush();
        },
        (error: unknown) => fail(error),
      );
      return;
    }
    inFlight = true;
    writeWaiting(db, () => {
      inFlight = false;
      flush();
      showProgress();
    });
  };

  const scheduleTrim = () => {
    clearTimeout(trimTimer);
    trimTimer = setTimeout(() => void storeState(persistence, false).catch(fail), TRIM_DELAY_MS);
  };

  /** `update` undefined: store the whole document (a retry after a failure). */
  const storeUpdate = (update: Uint8Array | undefined, origin: unknown) => {
    if (origin === persistence) return;
    if (update) queue.push(update);
    else wholeRequested = true;
    flush();
    showProgress();
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

  const handle: DocPersistence = {
    loaded,
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    idle() {
      return isIdle() ? Promise.resolve() : new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
    async destroy() {
      destroyed = true;
      untrack();
      for (const resolve of idleWaiters.splice(0)) resolve();
      clearTimeout(trimTimer);
      clearTimeout(retryTimer);
      listeners.clear();
      // What waits behind the write in flight goes now; closing lets both transactions finish.
      if (waiting() > 0 && persistence.db) writeWaiting(persistence.db, () => undefined);
      await persistence.destroy();
    },
  };
  const untrack = trackOpenDoc(handle);
  return handle;
}
