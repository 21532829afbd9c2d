/** Something open on this page that may still be writing to IndexedDB. */
export interface Writer {
  /** Resolves once nothing waits to be written and no write is in flight. */
  idle(): Promise<void>;
}

/**
 * The documents open on this page, so that an app update can let their writes finish first.
 * Kept apart from docPersistence so the first screen can ask without loading Yjs.
 */
const openDocs = new Set<Writer>();

export function trackOpenDoc(writer: Writer): () => void {
  openDocs.add(writer);
  return () => openDocs.delete(writer);
}

/** Resolves once every open document has written what it holds. */
export function allWritesIdle(): Promise<void> {
  return Promise.all([...openDocs].map((open) => open.idle())).then(() => undefined);
}
