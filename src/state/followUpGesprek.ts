import * as Y from 'yjs';
import { seedFollowUp } from '../domain/form/followUp.ts';
import { readForm } from '../domain/form/formSnapshot.ts';
import { gesprekSummary } from '../domain/form/summary.ts';
import { todayIso } from '../domain/format/dutchDate.ts';
import { newGesprekId } from '../domain/ids/gesprekId.ts';
import { persistDoc } from '../storage/docPersistence.ts';
import { addGesprek, deleteGesprek, getGesprek } from '../storage/gesprekList.ts';
import { announceFollowUp } from './announceFollowUp.ts';
import { refreshGesprekken } from './gesprekkenStore.ts';
import { readRole } from './roleSetting.ts';
import { readTabletId } from './tabletId.ts';

async function readStored(id: string) {
  const doc = new Y.Doc();
  const persistence = persistDoc(id, doc);
  try {
    await persistence.loaded;
    return readForm(doc);
  } finally {
    await persistence.destroy();
    doc.destroy();
  }
}

/** A shared predecessor shares its follow-up: a new room, announced in the predecessor's room. */
async function newRoomKeyIfShared(roomKey: string | undefined): Promise<string | undefined> {
  return roomKey ? (await import('../sync/index.ts')).newRoomKeyText() : undefined;
}

/**
 * "Vervolggesprek": a new gesprek filled from a stored one, written here and only here (the
 * creating tablet, at creation). The list row appears once the document is safely stored.
 * When the previous gesprek is shared, the follow-up is shared too and the other tablet is told
 * through a pointer in the previous gesprek (docs/cycle.md): it joins without scanning.
 */
export async function createFollowUpGesprek(previousId: string, now = new Date(), origin?: string): Promise<string> {
  const [previous, previousRecord] = await Promise.all([readStored(previousId), getGesprek(previousId)]);
  const previousRoomKey = previousRecord?.roomKey;
  const roomKey = await newRoomKeyIfShared(previousRoomKey);
  const id = newGesprekId();
  const doc = new Y.Doc();
  const persistence = persistDoc(id, doc);
  try {
    await persistence.loaded;
    seedFollowUp(doc, previous, previousId, todayIso(now));
    await persistence.idle();
    if (persistence.status().state === 'error') throw new Error('The follow-up could not be stored');
    const summary = gesprekSummary(doc);
    await addGesprek({
      id,
      schoolName: summary.schoolName,
      date: summary.date,
      ...(summary.route ? { route: summary.route, routeLabel: summary.routeLabel } : {}),
      ...(summary.previousDate ? { previousDate: summary.previousDate } : {}),
      createdAt: now.getTime(),
      updatedAt: now.getTime(),
      // A new key has no legacy room.
      ...(roomKey ? { roomKey, roomVersion: 2 as const } : {}),
    });
  } catch (error) {
    await persistence.destroy();
    doc.destroy();
    await deleteGesprek(id).catch(() => undefined);
    throw error;
  }
  await persistence.destroy();
  doc.destroy();
  if (previousRoomKey && roomKey) {
    const [tablet, role] = await Promise.all([readTabletId(), readRole()]);
    const pointer = { id, roomKey, createdAt: now.getTime(), tablet, ...(role ? { createdBy: role } : {}) };
    // The follow-up itself is made: a pointer that cannot be stored leaves it shared like any gesprek.
    await announceFollowUp({ previousId, previousRoomKey, pointer }, origin).catch(() => undefined);
  }
  await refreshGesprekken();
  return id;
}
