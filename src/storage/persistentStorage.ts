/** Whether the browser promised to keep this app's data, and asking it to. */
export type PersistState = 'blijvend' | 'kan-worden-gewist' | 'onbekend';

// Not every runtime has a navigator (older Node in tests); treat it as "unknown".
const storageManager = (): StorageManager | undefined => globalThis.navigator?.storage;

export async function persistState(): Promise<PersistState> {
  const storage = storageManager();
  if (!storage?.persisted) return 'onbekend';
  return (await storage.persisted()) ? 'blijvend' : 'kan-worden-gewist';
}

/** Asks once a gesprek exists; browsers may grant it silently or ignore it. */
export async function requestPersistentStorage(): Promise<PersistState> {
  const storage = storageManager();
  if (!storage?.persist) return 'onbekend';
  try {
    return (await storage.persist()) ? 'blijvend' : 'kan-worden-gewist';
  } catch {
    return 'onbekend';
  }
}
