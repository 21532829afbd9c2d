/** Whether the browser promised to keep this app's data, and asking it to. */
export type PersistState = 'blijvend' | 'kan-worden-gewist' | 'onbekend';

export async function persistState(): Promise<PersistState> {
  if (!navigator.storage?.persisted) return 'onbekend';
  return (await navigator.storage.persisted()) ? 'blijvend' : 'kan-worden-gewist';
}

/** Asks once a gesprek exists; browsers may grant it silently or ignore it. */
export async function requestPersistentStorage(): Promise<PersistState> {
  if (!navigator.storage?.persist) return 'onbekend';
  try {
    return (await navigator.storage.persist()) ? 'blijvend' : 'kan-worden-gewist';
  } catch {
    return 'onbekend';
  }
}
