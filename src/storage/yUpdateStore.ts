/**
 * The on-disk format of a gesprek's Y.Doc, the one y-indexeddb wrote before this adapter
 * (so tablets that have data keep it): one database per gesprek, an object store `updates`
 * with autoIncrement keys holding Yjs updates (applied together on load), a `custom` store
 * (unused, kept so the schema stays the same), and trimming by writing one merged update and
 * deleting the entries it covers. Opening and reading are here (the first screen's chunk opens a
 * gesprek's database ahead, docPreload.ts); writing and trimming are in yUpdateWrites.ts.
 */
export const UPDATES_STORE = 'updates';
const CUSTOM_STORE = 'custom';

/** y-indexeddb's PREFERRED_TRIM_SIZE: past this many entries the history is merged into one. */
export const TRIM_AT_ENTRIES = 500;

export interface StoredUpdates {
  updates: Uint8Array[];
  /** The highest key read, or 0 when the store was empty. */
  lastKey: number;
}

export function openUpdateDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name);
    } catch (error) {
      reject(error);
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(UPDATES_STORE)) db.createObjectStore(UPDATES_STORE, { autoIncrement: true });
      if (!db.objectStoreNames.contains(CUSTOM_STORE)) db.createObjectStore(CUSTOM_STORE);
    };
    request.onerror = () => reject(request.error ?? new DOMException('open failed', 'UnknownError'));
    request.onblocked = () => reject(new DOMException('open blocked', 'InvalidStateError'));
    request.onsuccess = () => {
      const db = request.result;
      // Deleting a gesprek (another tab too) must not wait for this connection.
      db.onversionchange = () => db.close();
      resolve(db);
    };
  });
}

/** Every entry after `afterKey`, oldest first, read inside `store`'s transaction. */
export function readUpdatesAfter(store: IDBObjectStore, afterKey: number): Promise<StoredUpdates> {
  return new Promise((resolve, reject) => {
    const range = afterKey > 0 ? IDBKeyRange.lowerBound(afterKey, true) : undefined;
    const values = store.getAll(range);
    const keys = store.getAllKeys(range);
    keys.onerror = () => reject(keys.error);
    values.onerror = () => reject(values.error);
    keys.onsuccess = () => {
      const last = keys.result.at(-1);
      resolve({ updates: values.result as Uint8Array[], lastKey: typeof last === 'number' ? last : afterKey });
    };
  });
}
