import * as Y from 'yjs';
import { todayIso } from '../domain/format/dutchDate.ts';
import { trackFields, type FieldTracker } from '../domain/care/fieldTracker.ts';
import { initializeNewGesprek, isReadOnlyForThisVersion } from '../domain/form/meta.ts';
import { isBlankForm } from '../domain/form/blankForm.ts';
import { readForm } from '../domain/form/formSnapshot.ts';
import { gesprekSummary } from '../domain/form/summary.ts';
import type { GesprekRecord } from '../storage/db.ts';
import { persistDoc, type DocPersistence } from '../storage/docPersistence.ts';
import { deleteGesprek, getGesprek, updateGesprek } from '../storage/gesprekList.ts';
import { refreshGesprekken } from './gesprekkenStore.ts';
import { createGesprekUndo, type GesprekUndo } from './gesprekUndo.ts';
import { afterNextPaint } from './afterNextPaint.ts';
import { rememberTabletOf } from './docTablet.ts';
import { readRole } from './roleSetting.ts';
import { readTabletId } from './tabletId.ts';

/** An open gesprek: its document, where it is saved, and the list row kept in step with it. */
export interface GesprekSession {
  id: string;
  doc: Y.Doc;
  persistence: DocPersistence;
  record: GesprekRecord;
  /** Read-only for this version: a rule of the data, so it is read afresh (a newer document may arrive by sync at any time). */
  readonly readOnly: boolean;
  /** This tablet's own edits since the gesprek opened, to undo and redo. */
  undo: GesprekUndo;
  /** This device's id, for "deze tablet" and attribution. */
  tabletId: string;
  /** Edit records, attribution and field history for this document (see docs/conflicts-and-history.md). */
  tracker: FieldTracker;
  close(): Promise<void>;
}

const SUMMARY_DELAY_MS = 400;

/** Opens a stored gesprek, or resolves undefined when this tablet does not have it. */
export async function openGesprekSession(id: string): Promise<GesprekSession | undefined> {
  // Read the list row and load the document at the same time: opening is what the user waits for.
  const doc = new Y.Doc();
  const persistence = persistDoc(id, doc);
  const [record, , tabletId, role] = await Promise.all([getGesprek(id), persistence.loaded, readTabletId(), readRole()]);
  if (!record) {
    // An unknown id: let go of the empty database that loading just made.
    await persistence.destroy();
    doc.destroy();
    await deleteGesprek(id);
    return undefined;
  }

  // Made on this tablet just now: if it is left with nothing in it, it is not kept in the list.
  const createdNow = record.needsInit === true;
  if (record.needsInit) {
    initializeNewGesprek(doc, record.date || todayIso(), record.schoolName);
    await updateGesprek(id, { needsInit: false });
  }

  // Announced by the other tablet and now opened here: no longer new on home.
  if (record.announcedFollowUp) {
    delete record.announcedFollowUp;
    await updateGesprek(id, { announcedFollowUp: undefined });
  }

  // Started after loading, so what was stored is the starting point, not an edit.
  const tracker = trackFields(doc, { tablet: tabletId, role });
  rememberTabletOf(doc, tabletId);
  const flushOnHide = () => tracker.flush();
  globalThis.addEventListener?.('pagehide', flushOnHide);

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
      previousDate: summary.previousDate,
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
  // After loading and initialising: what was stored is not this visit's to undo.
  const undo = createGesprekUndo(doc);
  // The list row is derived: bring it in step with whatever was stored or merged while closed,
  // once the gesprek is on screen; then read the fields for the history before the first keystroke.
  let summaryAfterOpen: (() => void) | undefined = afterNextPaint(() => {
    summaryAfterOpen = undefined;
    void writeSummary(false);
    tracker.prepare();
  });

  return {
    id,
    doc,
    persistence,
    record,
    get readOnly() {
      return isReadOnlyForThisVersion(doc);
    },
    undo,
    tabletId,
    tracker,
    async close() {
      globalThis.removeEventListener?.('pagehide', flushOnHide);
      if (summaryAfterOpen) {
        summaryAfterOpen();
        void writeSummary(false);
      }
      tracker.destroy();
      doc.off('update', refreshSummary);
      undo.destroy();
      // A pending summary still goes out, so home shows what was just typed.
      if (timer !== undefined) {
        clearTimeout(timer);
        void writeSummary(true).then(refreshGesprekken);
      }
      const blank = createdNow && isBlankForm(readForm(doc));
      await persistence.destroy();
      doc.destroy();
      // A shared gesprek may be filled in on the other tablet: it stays whatever this one shows.
      if (blank && !(await getGesprek(id))?.roomKey) {
        await deleteGesprek(id);
        await refreshGesprekken();
      }
    },
  };
}
