import * as Y from 'yjs';
import { seedFollowUp } from '../domain/form/followUp.ts';
import { readForm } from '../domain/form/formSnapshot.ts';
import { gesprekSummary } from '../domain/form/summary.ts';
import { todayIso } from '../domain/format/dutchDate.ts';
import { newGesprekId } from '../domain/ids/gesprekId.ts';
import { persistDoc } from '../storage/docPersistence.ts';
import { addGesprek, deleteGesprek } from '../storage/gesprekList.ts';
import { refreshGesprekken } from './gesprekkenStore.ts';

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

/**
 * "Vervolggesprek": a new gesprek filled from a stored one, written here and only here (the
 * creating tablet, at creation). The list row appears once the document is safely stored.
 */
export async function createFollowUpGesprek(previousId: string, now = new Date()): Promise<string> {
  const previous = await readStored(previousId);
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
      createdAt: now.getTime(),
      updatedAt: now.getTime(),
    });
  } catch (error) {
    await persistence.destroy();
    doc.destroy();
    await deleteGesprek(id).catch(() => undefined);
    throw error;
  }
  await persistence.destroy();
  doc.destroy();
  await refreshGesprekken();
  return id;
}
