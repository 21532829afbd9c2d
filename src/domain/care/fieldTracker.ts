import type * as Y from 'yjs';
import { registerClient, tabletOfClient, type AuthorRole } from './attribution.ts';
import { EDITS_MAP, type EditRecord } from './editRecords.ts';
import { fieldsChangedBy, topLevelName } from './fieldIds.ts';
import { HistoryRecorder } from './historyRecorder.ts';
import { TRACKING_ORIGIN } from './origin.ts';
import { PeriodRecords } from './periodRecords.ts';

/** Later edits of a field in the same period reach the document within this time. */
export const RECORD_FLUSH_MS = 10_000;

export interface FieldTrackerOptions {
  /** This tablet's stable id (kept on the device, the same for every session). */
  tablet: string;
  role?: AuthorRole | undefined;
  now?: () => number;
  /** Runs `task` later; returns a cancel function. Tests pass a manual scheduler. */
  schedule?: (task: () => void, ms: number) => () => void;
}

export interface FieldTracker {
  /** Live: connected to the sync server and caught up with it. Anything else is apart. */
  setLive(live: boolean): void;
  setRole(role: AuthorRole | undefined): void;
  /** Edits after this are a new period (e.g. after exporting a file that the other tablet may read). */
  startNewPeriod(): void;
  /** Writes every pending record now. */
  flush(): void;
  /** Reads what the fields hold now, ahead of the first change (when the page is idle); otherwise the first change does. */
  prepare(): void;
  destroy(): void;
}

const defaultSchedule = (task: () => void, ms: number) => {
  const timer = setTimeout(task, ms);
  return () => clearTimeout(timer);
};

/**
 * Watches a gesprek's document: for each local edit it keeps the edit records that conflict
 * detection reads, the client's attribution, and the field history; all inside the document.
 */
export function trackFields(doc: Y.Doc, options: FieldTrackerOptions): FieldTracker {
  const now = options.now ?? Date.now;
  const schedule = options.schedule ?? defaultSchedule;
  const { tablet } = options;
  let role = options.role;
  let live = false;
  let registered = false;
  let cancelFlush: (() => void) | undefined;
  const records = new PeriodRecords(doc, tablet);
  const isOwnClient = (client: number) => client === doc.clientID || tabletOfClient(doc, client) === tablet;
  const history = new HistoryRecorder(doc, isOwnClient, now());

  const write = () => {
    cancelFlush?.();
    cancelFlush = undefined;
    if (!records.hasDirty() && !history.hasPending()) return;
    doc.transact(() => {
      if (!registered) {
        registerClient(doc, tablet, role, now());
        registered = true;
      }
      history.write();
      records.write();
    }, TRACKING_ORIGIN);
  };

  const onTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin === TRACKING_ORIGIN) return;
    const at = now();
    const fields = fieldsChangedBy(transaction);
    const author = transaction.local ? doc.clientID : remoteAuthor(transaction, doc.clientID);
    for (const field of fields) {
      if (transaction.local) records.noteEdit(field, transaction, !live, at);
      history.noteChange(field, author, transaction.local, at);
    }
    const changedNames = new Set<string>();
    transaction.changed.forEach((_keys, type) => {
      const name = topLevelName(doc, type);
      if (name !== undefined) changedNames.add(name);
    });
    history.noteLists(changedNames, transaction.local, at);
    if (!transaction.local && bringsApartRecord(transaction, tablet)) {
      // What the other tablet did apart has arrived: edits from now on have seen it.
      pendingPeriod = true;
    }
  };

  let pendingPeriod = false;
  const afterAll = () => {
    if (pendingPeriod) {
      pendingPeriod = false;
      write();
      records.nextPeriod();
      return;
    }
    if (records.hasFresh() || history.hasPending()) write();
    else if (records.hasDirty() && !cancelFlush) cancelFlush = schedule(write, RECORD_FLUSH_MS);
  };

  doc.on('afterTransaction', onTransaction);
  doc.on('afterAllTransactions', afterAll);

  return {
    setLive(next) {
      if (next === live) return;
      write();
      live = next;
      records.nextPeriod();
    },
    setRole(next) {
      role = next;
      if (registered) doc.transact(() => registerClient(doc, tablet, role, now()), TRACKING_ORIGIN);
    },
    startNewPeriod() {
      write();
      records.nextPeriod();
    },
    flush: write,
    prepare() {
      history.prepare();
    },
    destroy() {
      history.destroy();
      write();
      doc.off('afterTransaction', onTransaction);
      doc.off('afterAllTransactions', afterAll);
    },
  };
}

/** The client whose clock advanced most in a remote transaction (the author of what arrived). */
function remoteAuthor(transaction: Y.Transaction, own: number): number {
  let author = 0;
  let most = 0;
  transaction.afterState.forEach((clock, client) => {
    const grown = clock - (transaction.beforeState.get(client) ?? 0);
    if (client !== own && grown > most) {
      most = grown;
      author = client;
    }
  });
  return author;
}

function bringsApartRecord(transaction: Y.Transaction, tablet: string): boolean {
  const edits = transaction.doc.getMap<EditRecord>(EDITS_MAP);
  for (const [type, keys] of transaction.changed) {
    if ((type as unknown) !== edits) continue;
    for (const key of keys) {
      const record = key === null ? undefined : edits.get(key);
      if (record && record.apart && record.tablet !== tablet) return true;
    }
  }
  return false;
}
