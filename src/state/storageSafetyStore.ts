import { createStore } from 'zustand/vanilla';
import { persistState, requestPersistentStorage, type PersistState } from '../storage/persistentStorage.ts';

/** Whether the browser promised to keep this tablet's gesprekken ("Opslag: blijvend"). */
export interface StorageSafetyState {
  persist: PersistState | undefined;
  /** The user asked and the browser said no. */
  refused: boolean;
}

export const storageSafetyStore = createStore<StorageSafetyState>(() => ({ persist: undefined, refused: false }));

export async function refreshPersistState(): Promise<void> {
  try {
    storageSafetyStore.setState({ persist: await persistState() });
  } catch {
    storageSafetyStore.setState({ persist: 'onbekend' });
  }
}

/** Asks from a tap (some browsers only ask the user then). */
export async function askPersistentStorage(): Promise<void> {
  const persist = await requestPersistentStorage();
  storageSafetyStore.setState({ persist, refused: persist !== 'blijvend' });
}
