import type * as Y from 'yjs';
import { editsMap, recordKey, seenOf, type EditRecord } from './editRecords.ts';
import { readFieldValue, type FieldId, type FieldValue } from './fieldIds.ts';
import { compactValue } from './recordValue.ts';

/** A record as kept in memory: its value whole. */
type OpenRecord = EditRecord & { value: FieldValue };

/**
 * This client's records of the current period, kept in memory between writes: the first edit
 * of a field in a period is written at once, later edits at the next flush.
 */
export class PeriodRecords {
  private readonly open = new Map<FieldId, OpenRecord>();
  /** Records to write, by key: they survive the end of their period until written. */
  private readonly dirty = new Map<string, OpenRecord>();
  private fresh = false;
  period = 0;

  constructor(
    private readonly doc: Y.Doc,
    private readonly tablet: string,
  ) {}

  /** Notes a local edit of `field` made in `transaction`. */
  noteEdit(field: FieldId, transaction: Y.Transaction, apart: boolean, now: number): void {
    const client = this.doc.clientID;
    const last = (transaction.afterState.get(client) ?? 1) - 1;
    let record = this.open.get(field);
    if (!record || record.period !== this.period || record.apart !== apart) {
      record = {
        field,
        client,
        tablet: this.tablet,
        period: this.period,
        apart,
        first: transaction.beforeState.get(client) ?? 0,
        last,
        seen: seenOf(transaction.beforeState, this.otherClientsWithRecords(field)),
        at: now,
        value: null,
      };
      this.open.set(field, record);
      this.fresh = true;
    }
    record.last = last;
    record.at = now;
    record.value = readFieldValue(this.doc, field);
    this.dirty.set(recordKey(record), record);
  }

  hasFresh(): boolean {
    return this.fresh;
  }

  hasDirty(): boolean {
    return this.dirty.size > 0;
  }

  /** Writes the changed records; call inside a transaction, after this transaction's history versions. */
  write(): void {
    const map = editsMap(this.doc);
    for (const [key, { value, ...record }] of this.dirty) {
      map.set(key, { ...record, seen: { ...record.seen }, ...compactValue(this.doc, record.field, value) });
    }
    this.dirty.clear();
    this.fresh = false;
  }

  /** Ends the period: the next edit of any field starts a new record with what was seen by then. */
  nextPeriod(): void {
    this.period++;
    this.open.clear();
  }

  private otherClientsWithRecords(field: FieldId): number[] {
    const clients: number[] = [];
    editsMap(this.doc).forEach((r) => {
      if (r.field === field && r.tablet !== this.tablet) clients.push(r.client);
    });
    return clients;
  }
}
