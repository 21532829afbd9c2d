/** Writing to a gesprek's update store (format: yUpdateStore.ts): commits and the trim. */
import { readUpdatesAfter, UPDATES_STORE } from './yUpdateStore.ts';

/** Settles when the transaction has committed (resolves) or aborted (rejects with its error). */
export function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    let requestError: DOMException | null = null;
    tx.addEventListener('error', (event) => {
      requestError ??= (event.target as IDBRequest | null)?.error ?? null;
    });
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? requestError ?? new DOMException('Transaction aborted', 'AbortError'));
  });
}

/** Asks the browser to commit now rather than at the end of the task (rendering must not delay it). */
export function commitNow(tx: IDBTransaction): void {
  if (typeof tx.commit === 'function') tx.commit();
}

/**
 * Merges the stored history into one entry (what y-indexeddb's storeState did), in one
 * transaction: entries after `lastKey` (another tab's writes) are handed to `takeIn` first, then
 * `wholeState()` is added and every older entry deleted. Resolves with the new entry's key.
 */
export function trimUpdates(
  db: IDBDatabase,
  lastKey: number,
  takeIn: (updates: Uint8Array[]) => void,
  wholeState: () => Uint8Array,
): Promise<number> {
  const tx = db.transaction([UPDATES_STORE], 'readwrite');
  const store = tx.objectStore(UPDATES_STORE);
  let newKey = lastKey;
  void readUpdatesAfter(store, lastKey).then((fresh) => {
    if (fresh.updates.length) takeIn(fresh.updates);
    const add = store.add(wholeState());
    add.onsuccess = () => {
      newKey = add.result as number;
      store.delete(IDBKeyRange.upperBound(newKey, true));
    };
  }, () => undefined);
  return transactionDone(tx).then(() => newKey);
}
