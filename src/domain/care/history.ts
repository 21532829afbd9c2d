import type * as Y from 'yjs';
import { compactVersion, expandVersion, seqOf, type CompactVersion, type StoredVersion } from './historyCodec.ts';
import { applyHunks, applyTokenHunks, diffHunks } from './textHunks.ts';
import { isValueField, type FieldId, type FieldValue } from './fieldIds.ts';

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

export type HistoryEntry = CompactVersion | StoredVersion | RemovedItem;

/** A whole version at least every this many, so rebuilding one stays short. */
const MAX_DELTA_CHAIN = 64;

/** One top-level array: appends from both tablets are all kept, in one order on both. */
export const HISTORY_ARRAY = 'fieldHistory';

export const historyArray = (doc: Y.Doc) => doc.getArray<HistoryEntry>(HISTORY_ARRAY);

function storedVersions(doc: Y.Doc, field: FieldId): StoredVersion[] {
  const versions: StoredVersion[] = [];
  for (const entry of historyArray(doc).toArray()) {
    if (entry.kind === 'v' && entry.f === field) versions.push(expandVersion(entry));
    else if (entry.kind === 'field' && entry.field === field) versions.push(entry);
  }
  return versions;
}

/** Every stored version of a field with its value rebuilt, in array order. */
function rebuilt(stored: readonly StoredVersion[]): Array<StoredVersion & { value: FieldValue }> {
  const byId = new Map(stored.map((v) => [v.id, v]));
  const values = new Map<string, FieldValue>();
  const valueOf = (v: StoredVersion): FieldValue => {
    const known = values.get(v.id);
    if (known !== undefined) return known;
    let value: FieldValue = v.value ?? null;
    if (v.delta) {
      const base = byId.get(v.delta.base);
      const from = base ? valueOf(base) : '';
      const text = typeof from === 'string' ? from : '';
      value = v.delta.chars ? applyHunks(text, v.delta.chars) : applyTokenHunks(text, v.delta.hunks ?? []);
    }
    values.set(v.id, value);
    return value;
  };
  return stored.map((v) => ({ ...v, value: valueOf(v) }));
}

/** The newest version of the field this client stored, with its value: the base for a compact copy of a newer text. */
export function ownNewestVersion(doc: Y.Doc, field: FieldId): { id: string; value: FieldValue } | undefined {
  const own = `${doc.clientID}:`;
  return [...rebuilt(storedVersions(doc, field))].reverse().find((v) => v.id.startsWith(own));
}

/** The value of the stored version `id` of the field, if the document holds it. */
export function versionValue(doc: Y.Doc, field: FieldId, id: string): FieldValue | undefined {
  return rebuilt(storedVersions(doc, field)).find((v) => v.id === id)?.value;
}

/** A field's earlier versions, newest first; a value both tablets kept of one author is listed once. */
export function fieldVersions(doc: Y.Doc, field: FieldId): FieldVersion[] {
  const seen = new Set<string>();
  return rebuilt(storedVersions(doc, field))
    .map(({ field: f, client, at, value }): FieldVersion => ({ kind: 'field', field: f, client, at, value }))
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
  const removed = historyArray(doc)
    .toArray()
    .filter((e): e is RemovedItem => e.kind === 'removed' && e.list === list);
  for (const entry of removed.sort((a, b) => b.at - a.at)) {
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    result.push(entry);
  }
  return result;
}

/** Appends a version unless the newest one of that field already holds the same value. */
export function pushVersion(doc: Y.Doc, version: Omit<FieldVersion, 'kind'>): void {
  if (version.value === null || version.value === '') return;
  const all = rebuilt(storedVersions(doc, version.field));
  const newest = [...all].sort((a, b) => b.at - a.at)[0];
  if (newest && newest.value === version.value) return;
  const seq = historyArray(doc).length;
  const own = [...all].reverse().find((v) => seqOf(v.id, doc.clientID) !== undefined);
  const baseSeq = own ? seqOf(own.id, doc.clientID) : undefined;
  const depth = (own?.delta?.depth ?? 0) + 1;
  const { value } = version;
  if (typeof value === 'string' && !isValueField(version.field) && typeof own?.value === 'string' && baseSeq !== undefined && depth < MAX_DELTA_CHAIN) {
    historyArray(doc).push([compactVersion(doc.clientID, seq, version, { base: baseSeq, depth, chars: diffHunks(own.value, value) })]);
  } else {
    historyArray(doc).push([compactVersion(doc.clientID, seq, version, { value })]);
  }
}

export function pushRemoved(doc: Y.Doc, item: Omit<RemovedItem, 'kind'>): void {
  historyArray(doc).push([{ kind: 'removed', ...item }]);
}
