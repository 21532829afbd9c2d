import type * as Y from 'yjs';
import type { EditRecord, RecordDelta } from './editRecords.ts';
import { isValueField, type FieldValue } from './fieldIds.ts';
import { ownNewestVersion, versionValue } from './history.ts';
import { applyHunks, diffHunks } from './textHunks.ts';

/**
 * A record's value is rewritten every flush, and only the conflict notice reads it. A text is
 * therefore stored as an edit script from the newest history version this client stored of the
 * field (at most one stretch of typing old), not whole: the history is never deleted and that
 * version came from this client earlier, so every replica that has the record has its base.
 */
export function compactValue(doc: Y.Doc, field: string, value: FieldValue): { value: FieldValue } | { delta: RecordDelta } {
  if (typeof value !== 'string' || isValueField(field)) return { value };
  const base = ownNewestVersion(doc, field);
  if (!base || typeof base.value !== 'string') return { value };
  const chars = diffHunks(base.value, value);
  return JSON.stringify(chars).length < value.length ? { delta: { base: base.id, chars } } : { value };
}

/** The field's value right after the record's last edit, as its author saw it. */
export function recordValue(doc: Y.Doc, record: EditRecord): FieldValue {
  if (!record.delta) return record.value ?? null;
  const base = versionValue(doc, record.field, record.delta.base);
  return typeof base === 'string' ? applyHunks(base, record.delta.chars) : null;
}
