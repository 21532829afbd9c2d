import { docDatabaseName } from './docDatabaseName.ts';
import { openUpdateDatabase, readUpdatesAfter, UPDATES_STORE, type StoredUpdates } from './yUpdateStore.ts';

/**
 * A gesprek's database opened and read before the code that uses it has loaded: main.tsx starts
 * this when the address is a gesprek, so the disk work runs while the gesprek screen's chunk
 * (and Yjs) is fetched and compiled. persistDoc takes it over, once. No Yjs here: it stays in
 * the first screen's chunk.
 */
export interface PreloadedDoc {
  connection: Promise<IDBDatabase>;
  /** Every stored entry, read in a transaction of its own; undefined when that read failed. */
  stored: Promise<StoredUpdates | undefined>;
  /** The browser closed the connection before persistDoc listened for it. */
  closed(): boolean;
}

/** Unclaimed (the screen changed before it loaded): let go, so nothing holds the database open. */
const UNCLAIMED_MS = 10_000;
const waiting = new Map<string, PreloadedDoc>();

export function preloadDoc(gesprekId: string): void {
  if (waiting.has(gesprekId)) return;
  let closed = false;
  const connection = openUpdateDatabase(docDatabaseName(gesprekId));
  const stored = connection.then(
    (db) => {
      db.addEventListener('close', () => (closed = true));
      return readUpdatesAfter(db.transaction([UPDATES_STORE], 'readonly').objectStore(UPDATES_STORE), 0);
    },
    () => undefined,
  ).catch(() => undefined);
  // A failed open is persistDoc's to report when it takes this over; unclaimed it is only dropped.
  connection.catch(() => undefined);
  const preloaded: PreloadedDoc = { connection, stored, closed: () => closed };
  waiting.set(gesprekId, preloaded);
  setTimeout(() => {
    if (waiting.get(gesprekId) !== preloaded) return;
    waiting.delete(gesprekId);
    connection.then((db) => db.close(), () => undefined);
  }, UNCLAIMED_MS);
}

/** The preloaded database of this gesprek, if main.tsx started one and nobody took it yet. */
export function takePreloadedDoc(gesprekId: string): PreloadedDoc | undefined {
  const preloaded = waiting.get(gesprekId);
  waiting.delete(gesprekId);
  return preloaded;
}
