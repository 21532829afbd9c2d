import { createStore } from 'zustand/vanilla';
import { todayIso } from '../domain/format/dutchDate.ts';
import { newGesprekId } from '../domain/ids/gesprekId.ts';
import type { GesprekRecord } from '../storage/db.ts';
import { addGesprek, deleteGesprek, listGesprekken } from '../storage/gesprekList.ts';
import { requestPersistentStorage } from '../storage/persistentStorage.ts';
import { storageErrorKind, type StorageErrorKind } from '../storage/storageErrors.ts';

/** The list of gesprekken on this tablet, as home shows it. */
export interface GesprekkenState {
  items: GesprekRecord[];
  loaded: boolean;
  error?: StorageErrorKind;
}

export const gesprekkenStore = createStore<GesprekkenState>(() => ({ items: [], loaded: false }));

export async function refreshGesprekken(): Promise<void> {
  try {
    gesprekkenStore.setState({ items: await listGesprekken(), loaded: true }, true);
  } catch (error) {
    gesprekkenStore.setState({ loaded: true, error: storageErrorKind(error) });
  }
}

/**
 * Creates a gesprek and returns its id; the gesprek screen writes its first meta, and the
 * school's name when one was given in the first step.
 */
export async function createGesprek(now = new Date(), schoolName = ''): Promise<string> {
  const id = newGesprekId();
  const isFirst = gesprekkenStore.getState().items.length === 0;
  await addGesprek({
    id,
    schoolName: schoolName.trim(),
    date: todayIso(now),
    createdAt: now.getTime(),
    updatedAt: now.getTime(),
    needsInit: true,
  });
  if (isFirst) void requestPersistentStorage();
  await refreshGesprekken();
  return id;
}

export async function removeGesprek(id: string): Promise<void> {
  await deleteGesprek(id);
  await refreshGesprekken();
}
