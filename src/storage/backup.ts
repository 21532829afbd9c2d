import * as Y from 'yjs';
import { failure, success, type Result } from '../protocol/index.ts';
import { gesprekSummary } from '../domain/form/summary.ts';
import { todayIso } from '../domain/format/dutchDate.ts';
import { encodeBackup, parseBackup, type BackupEntry, type ParseProblem } from './backupFormat.ts';
import { appDatabase, type GesprekRecord } from './db.ts';
import { committed } from './committed.ts';
import { persistDoc } from './docPersistence.ts';
import { listGesprekken } from './gesprekList.ts';
import { storageErrorKind, type StorageErrorKind } from './storageErrors.ts';

/** "gesprekken-reservekopie-2026-11-23.json", in the tablet's own date. */
export const backupFileName = (now: Date) => `gesprekken-reservekopie-${todayIso(now)}.json`;

/** Every gesprek on this tablet (list row and whole document) as the text of one backup file. */
export async function exportBackup(now = new Date()): Promise<{ fileName: string; text: string; count: number }> {
  const records = await listGesprekken();
  const entries: BackupEntry[] = [];
  for (const record of records) entries.push({ record, update: await readDocState(record.id) });
  return { fileName: backupFileName(now), text: encodeBackup(entries, now), count: entries.length };
}

/** Reads a gesprek's stored document without keeping it open. */
async function readDocState(id: string): Promise<Uint8Array> {
  const doc = new Y.Doc();
  const persistence = persistDoc(id, doc);
  try {
    await persistence.loaded;
    return Y.encodeStateAsUpdate(doc);
  } finally {
    await persistence.destroy();
    doc.destroy();
  }
}

/** `storage-…`: a document could not be stored; gesprekken before it were restored. */
export type ImportProblem = ParseProblem | `storage-${StorageErrorKind}`;
export type ImportResult = Result<{ added: number; merged: number }, ImportProblem>;

/**
 * Merges a backup into this tablet. Each document is merged with Yjs (so newer local edits are
 * kept, nothing is overwritten), and list rows are added or combined. The whole file is checked
 * first: a file that is not a valid backup changes nothing.
 */
export async function importBackup(text: string): Promise<ImportResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  let added = 0;
  let merged = 0;
  for (const entry of parsed.value) {
    let isNew: Result<boolean, StorageErrorKind>;
    try {
      isNew = await mergeEntry(entry);
    } catch (error) {
      isNew = failure(storageErrorKind(error));
    }
    if (!isNew.ok) return failure(`storage-${isNew.error.code}`);
    if (isNew.value) added++;
    else merged++;
  }
  return success({ added, merged });
}

/** True when this tablet did not have the gesprek yet. */
async function mergeEntry({ record, update }: BackupEntry): Promise<Result<boolean, StorageErrorKind>> {
  const doc = new Y.Doc();
  const persistence = persistDoc(record.id, doc);
  try {
    await persistence.loaded;
    Y.applyUpdate(doc, update);
    const stored = await committed(persistence);
    if (!stored.ok) return stored;
    const summary = gesprekSummary(doc);
    const db = appDatabase();
    const isNew = await db.transaction('rw', db.gesprekken, async () => {
      const local = await db.gesprekken.get(record.id);
      const row = combineRecords(local, record);
      const derived: GesprekRecord = {
        ...row,
        schoolName: summary.schoolName,
        date: summary.date || row.date,
      };
      delete derived.route;
      delete derived.routeLabel;
      if (summary.route) Object.assign(derived, { route: summary.route, routeLabel: summary.routeLabel });
      await db.gesprekken.put(derived);
      return local === undefined;
    });
    return success(isNew);
  } finally {
    await persistence.destroy();
    doc.destroy();
  }
}

/**
 * The newer row wins for what the list shows; what only the older one knows is kept. Keys are
 * never silently replaced: the key this tablet has (the one its server accepts) stays, and a
 * different key from the backup is kept as an alternative to try. Unsent changes are kept.
 */
export function combineRecords(local: GesprekRecord | undefined, incoming: GesprekRecord): GesprekRecord {
  if (!local) return { ...incoming };
  const [newer, older] = incoming.updatedAt > local.updatedAt ? [incoming, local] : [local, incoming];
  const combined: GesprekRecord = { ...older, ...newer, createdAt: Math.min(local.createdAt, incoming.createdAt) };
  const roomKey = local.roomKey ?? incoming.roomKey;
  delete combined.roomKey;
  delete combined.alternativeRoomKeys;
  delete combined.roomVersion;
  if (roomKey !== undefined) {
    combined.roomKey = roomKey;
    const owner = roomKey === local.roomKey ? local : incoming;
    if (owner.roomVersion === 2) combined.roomVersion = 2;
    const others = [incoming.roomKey, ...(local.alternativeRoomKeys ?? []), ...(incoming.alternativeRoomKeys ?? [])];
    const alternatives = [...new Set(others.filter((key): key is string => key !== undefined && key !== roomKey))];
    if (alternatives.length > 0) combined.alternativeRoomKeys = alternatives;
  }
  const unsent = Math.max(local.unsentChanges ?? 0, incoming.unsentChanges ?? 0);
  if (unsent > 0) combined.unsentChanges = unsent;
  else delete combined.unsentChanges;
  const lastSyncedAt = Math.max(local.lastSyncedAt ?? 0, incoming.lastSyncedAt ?? 0);
  if (lastSyncedAt > 0) combined.lastSyncedAt = lastSyncedAt;
  // Meta is written once by the creating tablet; if either side already has it, never again.
  if (local.needsInit === true && incoming.needsInit === true) combined.needsInit = true;
  else delete combined.needsInit;
  return combined;
}
