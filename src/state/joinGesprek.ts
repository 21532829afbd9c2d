import * as Y from 'yjs';
import { openGesprekFile, parsePairingLink, readGesprekFileRoomId, type FileProblem, type PairingProblem, type Result, type SyncProblem } from '../sync/index.ts';
import { committed } from '../storage/committed.ts';
import { persistDoc } from '../storage/docPersistence.ts';
import { addGesprek, getGesprek, updateGesprek } from '../storage/gesprekList.ts';

type JoinProblem = PairingProblem | SyncProblem<'other-key'>;

/**
 * Opens a pairing link on this tablet: the gesprek is added to the list (empty, never seeded)
 * with its room key, and fills from the server or a file.
 */
export async function joinFromPairingLink(text: string, now = Date.now()): Promise<Result<string, JoinProblem>> {
  const parsed = parsePairingLink(text);
  if (!parsed.ok) return parsed;
  const { roomId, roomKey } = parsed.value;
  const existing = await getGesprek(roomId);
  if (!existing) {
    await addGesprek({ id: roomId, schoolName: '', date: '', createdAt: now, updatedAt: now, roomKey });
  } else if (!existing.roomKey) {
    await updateGesprek(roomId, { roomKey });
  } else if (existing.roomKey !== roomKey) {
    return {
      ok: false,
      error: { code: 'other-key', message: 'Dit gesprek staat al op deze tablet, maar met een andere sleutel. Vraag de andere tablet om een nieuwe QR-code.' },
    };
  }
  return { ok: true, value: roomId };
}

type MergeProblem = FileProblem | SyncProblem<'not-paired' | 'storage'>;

/** "Bestand openen": merges a `.gesprek` file into the gesprek it belongs to (a Yjs merge, never an overwrite). */
export async function mergeGesprekFile(bytes: Uint8Array): Promise<Result<string, MergeProblem>> {
  const roomId = readGesprekFileRoomId(bytes);
  if (!roomId.ok) return roomId;
  const record = await getGesprek(roomId.value);
  if (!record?.roomKey) {
    return {
      ok: false,
      error: { code: 'not-paired', message: 'Dit gesprek staat nog niet op deze tablet. Scan eerst de QR-code van de andere tablet en open dan dit bestand.' },
    };
  }
  const opened = await openGesprekFile(bytes, record.id, record.roomKey);
  if (!opened.ok) return opened;
  const doc = new Y.Doc();
  const persistence = persistDoc(record.id, doc);
  try {
    await persistence.loaded;
    Y.applyUpdate(doc, opened.value);
    if (!(await committed(persistence).then(() => true, () => false))) {
      return { ok: false, error: { code: 'storage', message: 'Het bestand kon niet worden opgeslagen op deze tablet. Is de tablet vol?' } };
    }
  } finally {
    await persistence.destroy();
    doc.destroy();
  }
  await updateGesprek(record.id, { updatedAt: Date.now() });
  return { ok: true, value: record.id };
}
