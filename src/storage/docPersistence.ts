import { applyUpdate, encodeStateAsUpdate, encodeStateVector, mergeUpdates, transact } from 'yjs';
import type * as Y from 'yjs';
import { docDatabaseName } from './docDatabaseName.ts';
import { takePreloadedDoc } from './docPreload.ts';
import { trackOpenDoc } from './openDocs.ts';
import { storageErrorKind, type StorageErrorKind } from './storageErrors.ts';
import { openUpdateDatabase, readUpdatesAfter, TRIM_AT_ENTRIES, UPDATES_STORE, type StoredUpdates } from './yUpdateStore.ts';
import { commitNow, transactionDone, trimUpdates } from './yUpdateWrites.ts';

export type SaveStatus =
  | { state: 'loading' }
  | { state: 'saving'; pending: number }
  | { state: 'saved' }
  | { state: 'error'; kind: StorageErrorKind };

export interface DocPersistence {
  /** Resolves once the stored document has been loaded into the Y.Doc; rejects when it cannot be read. */
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
 * Keeps a Y.Doc in its IndexedDB database (format: yUpdateStore.ts) and tells the truth about
 * it: "Opgeslagen" is only ever said after the transaction committed; failures are reported.
 *
 * One transaction is in flight at a time; updates that arrive meanwhile wait and go together
 * (merged) in the next one. So however fast someone types, a keystroke is committed within about
 * two commits. (One transaction per keystroke builds a backlog, and a tab that closes aborts it.)
 */
export function persistDoc(gesprekId: string, doc: Y.Doc): DocPersistence {
  /** The origin of updates read from disk: those are never written back. */
  const fromDisk = Symbol('stored');
  let db: IDBDatabase | undefined;
  let opening: Promise<IDBDatabase> | undefined;
  let lastKey = 0;
  let entries = 0;
  let status: SaveStatus = { state: 'loading' };
  let trimTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryDelay = RETRY_FIRST_MS;
  let queue: Uint8Array[] = [];
  // A doc that already holds something (made before it was opened) is stored whole.
  let wholeRequested = encodeStateVector(doc).length > 1;
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
    if (status.state === 'error' || status.state === 'loading') return;
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

  // Opened and read ahead by main.tsx while this code loaded (docPreload.ts): taken over once.
  let preloaded = takePreloadedDoc(gesprekId);
  const storedAhead = preloaded?.stored;

  /** The connection, opened once; after a failure (or the browser closing it) the next call opens anew. */
  const connect = (): Promise<IDBDatabase> => {
    const early = preloaded;
    preloaded = undefined;
    return (opening ??= (early?.connection ?? openUpdateDatabase(docDatabaseName(gesprekId))).then(
      (opened) => {
        db = opened;
        // The browser closed it (storage cleared, disk trouble): report, and reopen on the retry.
        const onClose = () => {
          if (destroyed) return;
          db = undefined;
          opening = undefined;
          failed(++seq, new DOMException('connection closed', 'InvalidStateError'));
        };
        opened.addEventListener('close', onClose);
        // Closed before this listened: the same, a moment later.
        if (early?.closed()) queueMicrotask(onClose);
        return opened;
      },
      (error: unknown) => {
        opening = undefined;
        throw error;
      },
    ));
  };

  /** Writes everything waiting in one transaction; `onSettled` runs once it committed or failed. */
  const writeWaiting = (connection: IDBDatabase, onSettled: () => void) => {
    const batch = queue;
    const whole = wholeRequested || uncoveredFailure > 0;
    queue = [];
    wholeRequested = false;
    const n = ++seq;
    let done: Promise<void>;
    try {
      const data = whole ? encodeStateAsUpdate(doc) : batch.length === 1 ? batch[0]! : mergeUpdates(batch);
      const tx = connection.transaction([UPDATES_STORE], 'readwrite');
      done = transactionDone(tx);
      tx.objectStore(UPDATES_STORE).add(data);
      commitNow(tx);
    } catch (error) {
      failed(n, error);
      onSettled();
      return;
    }
    entries++;
    if (entries >= TRIM_AT_ENTRIES) scheduleTrim();
    done.then(
      () => {
        if (whole && n > uncoveredFailure) {
          uncoveredFailure = 0;
          retryDelay = RETRY_FIRST_MS;
          if (status.state === 'error') set({ state: 'saving', pending: waiting() });
        }
        onSettled();
      },
      (error: unknown) => {
        failed(n, error);
        onSettled();
      },
    );
  };

  const flush = () => {
    if (inFlight || destroyed || waiting() === 0) return;
    inFlight = true;
    const settled = () => {
      inFlight = false;
      flush();
      showProgress();
    };
    if (db) writeWaiting(db, settled);
    else
      connect().then(
        () => settled(),
        (error: unknown) => {
          // Nothing can be written: what waited lives in the doc only, so a retry stores it whole.
          queue = [];
          wholeRequested = false;
          failed(++seq, error);
          settled();
        },
      );
  };

  const trim = () => {
    if (!db || destroyed) return;
    const n = ++seq;
    const takeIn = (updates: Uint8Array[]) => transact(doc, () => updates.forEach((u) => applyUpdate(doc, u)), fromDisk, false);
    try {
      trimUpdates(db, lastKey, takeIn, () => encodeStateAsUpdate(doc)).then(
        (key) => {
          lastKey = key;
          entries = 1;
        },
        (error: unknown) => failed(n, error),
      );
    } catch (error) {
      failed(n, error);
    }
  };

  const scheduleTrim = () => {
    clearTimeout(trimTimer);
    trimTimer = setTimeout(trim, TRIM_DELAY_MS);
  };

  /** `update` undefined: store the whole document (a retry after a failure). */
  const storeUpdate = (update: Uint8Array | undefined, origin: unknown) => {
    if (origin === fromDisk) return;
    if (update) queue.push(update);
    else wholeRequested = true;
    flush();
    showProgress();
  };
  const onUpdate = (update: Uint8Array, origin: unknown) => storeUpdate(update, origin);
  doc.on('update', onUpdate);

  /**
   * Applies what was read in one transaction. Our 'update' listener is off meanwhile: it would
   * drop the update anyway (from disk), but while it listens Yjs encodes the whole loaded
   * history as that update first. Anything an observer writes during the load is not from disk,
   * so then the whole document is stored.
   */
  const applyStored = (updates: Uint8Array[]) => {
    const noteOthers = (transaction: Y.Transaction) => {
      if (transaction.origin !== fromDisk) wholeRequested = true;
    };
    doc.off('update', onUpdate);
    doc.on('afterTransaction', noteOthers);
    try {
      transact(doc, () => updates.forEach((u) => applyUpdate(doc, u)), fromDisk, false);
    } finally {
      doc.off('afterTransaction', noteOthers);
      if (!destroyed) doc.on('update', onUpdate);
    }
    if (wholeRequested) flush();
  };

  const readStored = async (connection: IDBDatabase): Promise<StoredUpdates> =>
    (await storedAhead) ?? readUpdatesAfter(connection.transaction([UPDATES_STORE], 'readonly').objectStore(UPDATES_STORE), 0);

  const loaded = connect().then(async (connection) => {
    const stored = await readStored(connection);
    if (destroyed) return;
    applyStored(stored.updates);
    lastKey = stored.lastKey;
    entries = stored.updates.length;
    if (entries >= TRIM_AT_ENTRIES) scheduleTrim();
    if (status.state === 'loading') {
      set({ state: 'saved' });
      showProgress();
    }
  });
  loaded.catch((error: unknown) => fail(error));
  flush();

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
      doc.off('update', onUpdate);
      for (const resolve of idleWaiters.splice(0)) resolve();
      clearTimeout(trimTimer);
      clearTimeout(retryTimer);
      listeners.clear();
      // What waits behind the write in flight goes now; closing lets both transactions finish.
      if (waiting() > 0 && db) writeWaiting(db, () => undefined);
      const connection = await opening?.catch(() => undefined);
      connection?.close();
    },
  };
  const untrack = trackOpenDoc(handle);
  return handle;
}
