import { appDatabase, type GesprekRecord } from './db.ts';
import { docDatabaseName } from './docDatabaseName.ts';

export function listGesprekken(): Promise<GesprekRecord[]> {
  return appDatabase().gesprekken.orderBy('updatedAt').reverse().toArray();
}

export function getGesprek(id: string): Promise<GesprekRecord | undefined> {
  return appDatabase().gesprekken.get(id);
}

export async function addGesprek(record: GesprekRecord): Promise<void> {
  await appDatabase().gesprekken.add(record);
}

export async function updateGesprek(id: string, changes: Partial<Omit<GesprekRecord, 'id'>>): Promise<void> {
  await appDatabase().gesprekken.update(id, changes);
}

/** Removes the row and the gesprek's whole document database. */
export async function deleteGesprek(id: string): Promise<void> {
  await appDatabase().gesprekken.delete(id);
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(docDatabaseName(id));
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('deleteDatabase failed'));
    // Another tab still has it open: the browser deletes it once that tab lets go.
    request.onblocked = () => resolve();
  });
}
