import * as Y from 'yjs';
import { failure, success, type Result } from '../protocol/index.ts';
import { openGesprekFile, parsePairingLink, readGesprekFileRoomId, type FileProblemCode, type PairingProblemCode } from '../sync/index.ts';
import { committed } from '../storage/committed.ts';
import { persistDoc } from '../storage/docPersistence.ts';
import type { GesprekRecord } from '../storage/db.ts';
import { addGesprek, getGesprek, updateGesprek } from '../storage/gesprekList.ts';

/** `storage`: the gesprek could not be added to this tablet's list. */
export type JoinProblemCode = PairingProblemCode | 'other-key' | 'storage';

/**
 * Opens a pairing link on this tablet: the gesprek is added to the list (empty, never seeded)
 * with its room key, and fills from the server or a file.
 */
export async function joinFromPairingLink(text: string, now = Date.now()): Promise<Result<string, JoinProblemCode>> {
  const parsed = parsePairingLink(text);
  if (!parsed.ok) return parsed;
  return joinRoom(parsed.value.gesprekId, parsed.value.roomKey, { createdAt: now, updatedAt: now });
}

/** What a row made by joining starts with (the rest fills from the server or a file). */
export type JoinedRowStart = Pick<GesprekRecord, 'createdAt' | 'updatedAt'> & Partial<Pick<GesprekRecord, 'schoolName' | 'previousDate' | 'announcedFollowUp'>>;

/**
 * Adds a gesprek to this tablet's list with its room key (empty, never seeded), or gives a listed
 * one without a key its key: the one path for a pairing link and for the other tablet's
 * follow-up pointer (docs/cycle.md).
 */
export async function joinRoom(gesprekId: string, roomKey: string, start: JoinedRowStart): Promise<Result<string, JoinProblemCode>> {
  try {
    const existing = await getGesprek(gesprekId);
    // A link from this app version names a room bound to the key: nothing legacy to read.
    if (!existing) {
      await addGesprek({ id: gesprekId, schoolName: '', date: '', ...start, roomKey, roomVersion: 2 });
    } else if (!existing.roomKey) {
      await updateGesprek(gesprekId, { roomKey, roomVersion: 2 });
    } else if (existing.roomKey !== roomKey) {
      return failure('other-key');
    }
  } catch {
    return failure('storage');
  }
  return success(gesprekId);
}

export type MergeProblemCode = FileProblemCode | 'not-paired' | 'storage';

/** "Bestand openen": merges a `.gesprek` file into the gesprek it belongs to (a Yjs merge, never an overwrite). */
export async function mergeGesprekFile(bytes: Uint8Array): Promise<Result<string, MergeProblemCode>> {
  const roomId = readGesprekFileRoomId(bytes);
  if (!roomId.ok) return roomId;
  const record = await getGesprek(roomId.value);
  if (!record?.roomKey) return failure('not-paired');
  const opened = await openGesprekFile(bytes, record.id, record.roomKey);
  if (!opened.ok) return opened;
  const doc = new Y.Doc();
  const persistence = persistDoc(record.id, doc);
  try {
    await persistence.loaded;
    Y.applyUpdate(doc, opened.value);
    if (!(await committed(persistence)).ok) return failure('storage');
  } finally {
    await persistence.destroy();
    doc.destroy();
  }
  await updateGesprek(record.id, { updatedAt: Date.now() });
  return success(record.id);
}
