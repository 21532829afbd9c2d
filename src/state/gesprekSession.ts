import * as Y from 'yjs';
import { todayIso } from '../domain/format/dutchDate.ts';
import { initializeNewGesprek, isReadOnlyForThisVersion } from '../domain/form/meta.ts';
import { gesprekSummary } from '../domain/form/summary.ts';
import type { GesprekRecord } from '../storage/db.ts';
import { persistDoc, type DocPersistence } from '../storage/docPersistence.ts';
import { deleteGesprek, getGesprek, updateGesprek } from '../storage/gesprekList.ts';
import { refreshGesprekken } from './gesprekkenStore.ts';

/** An open gesprek: its document, where it is saved, and the list row kept in step with it. */
export interface GesprekSession {
  id: string;
  doc: Y.Doc;
  persistence: DocPersistence;
  record: GesprekRecord;
  readOnly: boolean;
  close(): Promise<void>;
}

const SUMMARY_DELAY_MS = 400;

/** Opens a stored gesprek, or resolves undefined when this tablet does not have it. */
export async function openGesprekSession(id: string): Promise<GesprekSession | undefined> {
  // Read the list row and load the document at the same time: opening is what the user waits for.
  const doc = new Y.Doc();
  const persistence = persistDoc(id, doc);
  const [record] = await Promise.all([getGesprek(id), persistence.loaded]);
  if (!record) {
    // An unknown id: let go of the empty database that loading just made.
    await persistence.destroy();
    doc.destroy();
    await deleteGesprek(id);
    return undefined;
  }

  if (record.needsInit) {
    initializeNewGesprek(doc, record.date || todayIso());
    await updateGesprek(id, { needsInit: false });
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const writeSummary = (touched: boolean) => {
    const summary = gesprekSummary(doc);
    return updateGesprek(id, {
      schoolName: summary.schoolName,
      date: summary.date,
      route: summary.route,
      routeLabel: summary.routeLabel,
      vaststelling: summary.vaststelling,
      vastgesteldOp: summary.vastgesteldOp,
      ...(touched ? { updatedAt: Date.now() } : {}),
    }).catch(() => undefined);
  };
  const refreshSummary = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void writeSummary(true);
    }, SUMMARY_DELAY_MS);
  };
  doc.on('update', refreshSummary);
  // The list row is derived: bring it in step with whatever was stored or merged while closed.
  void writeSummary(false);

  return {
    id,
    doc,
    persistence,
    record,
    readOnly: isReadOnlyForThisVersion(doc),
    async close() {
      doc.off('update', refreshSummary);
      // A pending summary still goes out, so home shows what was just typed.
      if (timer !== undefined) {
        clearTimeout(timer);
        void writeSummary(true).then(refreshGesprekken);
      }
      await persistence.destroy();
      doc.destroy();
    },
  };
}
