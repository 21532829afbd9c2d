import type * as Y from 'yjs';
import { concurrent, missed, recordsByField, resolutionsByField, type EditRecord, type Resolution } from './editRecords.ts';
import { readFieldValue, type FieldId, type FieldValue } from './fieldIds.ts';
import { recordValue } from './recordValue.ts';

/** One tablet's side of a conflict: the value as it last saw it, and when. */
export interface ConflictVersion {
  tablet: string;
  client: number;
  value: FieldValue;
  at: number;
}

export interface FieldConflict {
  field: FieldId;
  /** One version per tablet, oldest first. */
  versions: ConflictVersion[];
  /** What the field holds now: the merged text, or the value that won. */
  current: FieldValue;
}

const settled = (pair: [EditRecord, EditRecord], resolutions: readonly Resolution[]) =>
  resolutions.some((r) => !missed(r, pair[0]) && !missed(r, pair[1]));

/**
 * Pairs of records from two tablets, on one field, that had not seen each other while at least
 * one of them was made apart, and that no later choice in the notice has settled.
 */
function conflictingPairs(records: readonly EditRecord[], resolutions: readonly Resolution[]): Array<[EditRecord, EditRecord]> {
  const pairs: Array<[EditRecord, EditRecord]> = [];
  for (let i = 0; i < records.length; i++) {
    for (let j = i + 1; j < records.length; j++) {
      const a = records[i]!;
      const b = records[j]!;
      if (a.tablet === b.tablet || !(a.apart || b.apart) || !concurrent(a, b)) continue;
      if (!settled([a, b], resolutions)) pairs.push([a, b]);
    }
  }
  return pairs;
}

function versionsOf(doc: Y.Doc, pairs: ReadonlyArray<[EditRecord, EditRecord]>): ConflictVersion[] {
  const latest = new Map<string, EditRecord>();
  for (const record of pairs.flat()) {
    const known = latest.get(record.tablet);
    if (!known || record.at > known.at || (record.at === known.at && record.last > known.last)) latest.set(record.tablet, record);
  }
  return [...latest.values()]
    .sort((a, b) => a.at - b.at)
    .map((r) => ({ tablet: r.tablet, client: r.client, value: recordValue(doc, r), at: r.at }));
}

/** Every field that both tablets changed apart, with each version whole. A pure function of the document. */
export function fieldConflicts(doc: Y.Doc): FieldConflict[] {
  const resolutions = resolutionsByField(doc);
  const conflicts: FieldConflict[] = [];
  for (const [field, records] of recordsByField(doc)) {
    const pairs = conflictingPairs(records, resolutions.get(field) ?? []);
    if (pairs.length > 0) conflicts.push({ field, versions: versionsOf(doc, pairs), current: readFieldValue(doc, field) });
  }
  return conflicts.sort((a, b) => a.field.localeCompare(b.field));
}

export function conflictOn(doc: Y.Doc, field: FieldId): FieldConflict | undefined {
  const records = recordsByField(doc).get(field) ?? [];
  const pairs = conflictingPairs(records, resolutionsByField(doc).get(field) ?? []);
  return pairs.length > 0 ? { field, versions: versionsOf(doc, pairs), current: readFieldValue(doc, field) } : undefined;
}
