import type * as Y from 'yjs';
import type { FieldId, FieldValue } from './fieldIds.ts';
import type { Hunk } from './textHunks.ts';

/** A text stored as an edit script from the history version `base` (see recordValue.ts). */
export interface RecordDelta {
  base: string;
  chars: Hunk[];
}

/**
 * What one client did to one field during one period (see docs/conflicts-and-history.md):
 * its edits have clocks first..last, each made having seen at least `seen` of the other
 * tablets' clients, while this tablet was `apart` from the other one or live with it.
 */
export interface EditRecord {
  field: FieldId;
  client: number;
  tablet: string;
  period: number;
  apart: boolean;
  first: number;
  last: number;
  /** State-vector entries (next clock) of the other tablets' clients that had records for this field. */
  seen: Record<string, number>;
  /** When the last edit was made (ms since epoch). */
  at: number;
  /**
   * The field's value right after the last edit: the version as its author last saw it. Stored
   * whole (`value`) or, for texts, as `delta`; read it with recordValue().
   */
  value?: FieldValue;
  delta?: RecordDelta;
}

/** A choice made in the conflict notice: it settles every record it had seen. */
export interface Resolution {
  field: FieldId;
  client: number;
  tablet: string;
  seen: Record<string, number>;
  at: number;
}

/** Top-level maps of plain values; each key is written by one client only, so nothing is overwritten by another. */
export const EDITS_MAP = 'fieldEdits';
export const RESOLUTIONS_MAP = 'fieldResolutions';

export const editsMap = (doc: Y.Doc) => doc.getMap<EditRecord>(EDITS_MAP);
export const resolutionsMap = (doc: Y.Doc) => doc.getMap<Resolution>(RESOLUTIONS_MAP);

export const recordKey = (r: Pick<EditRecord, 'field' | 'client' | 'period'>) => `${r.field}|${r.client}|${r.period}`;

/** Every record, grouped by field. */
export function recordsByField(doc: Y.Doc): Map<FieldId, EditRecord[]> {
  const byField = new Map<FieldId, EditRecord[]>();
  editsMap(doc).forEach((record) => {
    const list = byField.get(record.field);
    if (list) list.push(record);
    else byField.set(record.field, [record]);
  });
  return byField;
}

export function resolutionsByField(doc: Y.Doc): Map<FieldId, Resolution[]> {
  const byField = new Map<FieldId, Resolution[]>();
  resolutionsMap(doc).forEach((resolution) => {
    const list = byField.get(resolution.field);
    if (list) list.push(resolution);
    else byField.set(resolution.field, [resolution]);
  });
  return byField;
}

/** `x` had not seen the last edit of `y` when it started. */
export function missed(x: { seen: Record<string, number> }, y: EditRecord): boolean {
  return (x.seen[String(y.client)] ?? 0) <= y.last;
}

/** Neither record had seen the other's last edit. */
export function concurrent(x: EditRecord, y: EditRecord): boolean {
  return missed(x, y) && missed(y, x);
}

/** The state-vector entries of the given clients, from a Yjs state vector. */
export function seenOf(stateVector: Map<number, number>, clients: Iterable<number>): Record<string, number> {
  const seen: Record<string, number> = {};
  for (const client of clients) {
    const clock = stateVector.get(client);
    if (clock !== undefined) seen[String(client)] = clock;
  }
  return seen;
}
