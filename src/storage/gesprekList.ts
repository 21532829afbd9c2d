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

/** An `undefined` value removes that field (a route that no longer applies). */
export type GesprekChanges = { [K in Exclude<keyof GesprekRecord, 'id'>]?: GesprekRecord[K] | undefined };

export async function updateGesprek(id: string, changes: GesprekChanges): Promise<void> {
  await appDatabase().gesprekken.update(id, (record) => {
    const target = record as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) delete target[key];
      else target[key] = value;
    }
  });
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
