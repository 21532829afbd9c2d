import type * as Y from 'yjs';
import type { FieldId, FieldValue } from './fieldIds.ts';

/** An earlier value of a field: what it was, who wrote it (client id) and when. */
export interface FieldVersion {
  kind: 'field';
  field: FieldId;
  value: FieldValue;
  client: number;
  at: number;
}

/** A removed action or own theme, kept so it can be put back (its texts stay in the document). */
export interface RemovedItem {
  kind: 'removed';
  list: 'actions' | 'ownThemes';
  id: string;
  /** What the list showed for it, e.g. the action's text and who. */
  label: string;
  client: number;
  at: number;
}

export type HistoryEntry = FieldVersion | RemovedItem;

/** One top-level array: appends from both tablets are all kept, in one order on both. */
export const HISTORY_ARRAY = 'fieldHistory';

export const historyArray = (doc: Y.Doc) => doc.getArray<HistoryEntry>(HISTORY_ARRAY);

/** A field's earlier versions, newest first; a value both tablets kept of one author is listed once. */
export function fieldVersions(doc: Y.Doc, field: FieldId): FieldVersion[] {
  const seen = new Set<string>();
  return historyArray(doc)
    .toArray()
    .filter((e): e is FieldVersion => e.kind === 'field' && e.field === field)
    .sort((a, b) => b.at - a.at)
    .filter((v) => {
      const key = `${v.client}|${JSON.stringify(v.value)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Removed items of one list that are not in it now, newest first. */
export function removedItems(doc: Y.Doc, list: RemovedItem['list'], present: readonly string[]): RemovedItem[] {
  const seen = new Set(present);
  const result: RemovedItem[] = [];
  for (const entry of historyArray(doc).toArray().sort((a, b) => b.at - a.at)) {
    if (entry.kind !== 'removed' || entry.list !== list || seen.has(entry.id)) continue;
    seen.add(entry.id);
    result.push(entry);
  }
  return result;
}

/** Appends a version unless the newest one of that field already holds the same value. */
export function pushVersion(doc: Y.Doc, version: Omit<FieldVersion, 'kind'>): void {
  if (version.value === null || version.value === '') return;
  const newest = fieldVersions(doc, version.field)[0];
  if (newest && newest.value === version.value) return;
  historyArray(doc).push([{ kind: 'field', ...version }]);
}

export function pushRemoved(doc: Y.Doc, item: Omit<RemovedItem, 'kind'>): void {
  historyArray(doc).push([{ kind: 'removed', ...item }]);
}
