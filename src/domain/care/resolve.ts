import * as Y from 'yjs';
import { ARRAY } from '../form/fieldKeys.ts';
import { write } from '../form/write.ts';
import type { FieldConflict } from './conflicts.ts';
import { editsMap, resolutionsMap, seenOf } from './editRecords.ts';
import { readFieldValue, writeFieldValue, type FieldId, type FieldValue } from './fieldIds.ts';
import { pushVersion, type RemovedItem } from './history.ts';

/** Records that `tablet` has seen every version of the field: the conflict is settled on both tablets. */
function settle(doc: Y.Doc, field: FieldId, tablet: string, now: number): void {
  const clients: number[] = [];
  editsMap(doc).forEach((r) => {
    if (r.field === field) clients.push(r.client);
  });
  const stateVector = Y.decodeStateVector(Y.encodeStateVector(doc));
  resolutionsMap(doc).set(`${field}|${doc.clientID}|${now}`, { field, client: doc.clientID, tablet, seen: seenOf(stateVector, clients), at: now });
}

/** Keeps every version in the history before the field takes `value`. */
function keepVersions(doc: Y.Doc, conflict: FieldConflict, now: number): void {
  for (const version of conflict.versions) pushVersion(doc, { field: conflict.field, value: version.value, client: version.client, at: version.at });
  pushVersion(doc, { field: conflict.field, value: readFieldValue(doc, conflict.field), client: doc.clientID, at: now });
}

/** "Deze versie houden": the field takes that version; the others stay in the history. An ordinary edit: guarded, undoable. */
export function keepVersion(doc: Y.Doc, conflict: FieldConflict, value: FieldValue, tablet: string, now = Date.now()): void {
  write(doc, () => {
    keepVersions(doc, conflict, now);
    writeFieldValue(doc, conflict.field, value);
    settle(doc, conflict.field, tablet, now);
  });
}

/** "Samenvoeging houden": the merged text stays; both versions stay in the history. */
export function keepMerged(doc: Y.Doc, conflict: FieldConflict, tablet: string, now = Date.now()): void {
  write(doc, () => {
    keepVersions(doc, conflict, now);
    settle(doc, conflict.field, tablet, now);
  });
}

/** "Terugzetten": an earlier value comes back as a new edit; the value it replaces is kept. */
export function restoreVersion(doc: Y.Doc, field: FieldId, value: FieldValue, now = Date.now()): void {
  write(doc, () => {
    pushVersion(doc, { field, value: readFieldValue(doc, field), client: doc.clientID, at: now });
    writeFieldValue(doc, field, value);
  });
}

/** Puts a removed action or own theme back; its texts were never deleted. */
export function restoreRemoved(doc: Y.Doc, item: Pick<RemovedItem, 'list' | 'id'>): void {
  const array = doc.getArray<string>(ARRAY[item.list]);
  if (!array.toArray().includes(item.id)) write(doc, () => array.push([item.id]));
}
