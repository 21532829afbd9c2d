import * as Y from 'yjs';
import { MAP } from '../form/fieldKeys.ts';

/**
 * One thing a person fills in: a free-text field (the name of its top-level Y.Text) or one
 * small value, written `<map name>#<key>` (a date, a choice, a tick).
 */
export type FieldId = string;
export type FieldValue = string | boolean | null;

const VALUE_MAPS = new Set<string>(Object.values(MAP));
const ACTION_META_PREFIX = 'actionMeta.';
/** Written once by the creating tablet; not a person's answer. */
const IGNORED_VALUES = new Set(['meta#schemaVersion']);

export const valueFieldId = (mapName: string, key: string): FieldId => `${mapName}#${key}`;

export function isValueField(field: FieldId): boolean {
  return field.includes('#');
}

function isValueMapName(name: string): boolean {
  return VALUE_MAPS.has(name) || name.startsWith(ACTION_META_PREFIX);
}

/** Top-level name of a shared type, or undefined for a nested one (it is not in `doc.share`). */
export function topLevelName(doc: Y.Doc, type: unknown): string | undefined {
  for (const [name, shared] of doc.share) if (shared === type) return name;
  return undefined;
}

/** The form fields a transaction changed (inserts, deletions and map keys alike). */
export function fieldsChangedBy(transaction: Y.Transaction): FieldId[] {
  const fields: FieldId[] = [];
  transaction.changed.forEach((keys, type) => {
    const name = topLevelName(transaction.doc, type);
    if (name === undefined) return;
    if (type instanceof Y.Text) fields.push(name);
    else if (type instanceof Y.Map && isValueMapName(name)) {
      for (const key of keys) {
        if (key === null) continue;
        const field = valueFieldId(name, key);
        if (!IGNORED_VALUES.has(field)) fields.push(field);
      }
    }
  });
  return fields;
}

function splitValueField(field: FieldId): [string, string] {
  const at = field.indexOf('#');
  return [field.slice(0, at), field.slice(at + 1)];
}

export function readFieldValue(doc: Y.Doc, field: FieldId): FieldValue {
  if (!isValueField(field)) return doc.getText(field).toString();
  const [mapName, key] = splitValueField(field);
  const value = doc.getMap<unknown>(mapName).get(key);
  return typeof value === 'string' || typeof value === 'boolean' ? value : null;
}

/** Writes a value as an ordinary edit; a text is replaced whole, keeping the common start and end. */
export function writeFieldValue(doc: Y.Doc, field: FieldId, value: FieldValue): void {
  if (!isValueField(field)) {
    const text = doc.getText(field);
    const before = text.toString();
    const after = typeof value === 'string' ? value : '';
    if (before === after) return;
    let start = 0;
    while (start < before.length && start < after.length && before[start] === after[start]) start++;
    let end = 0;
    while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
    text.delete(start, before.length - start - end);
    text.insert(start, after.slice(start, after.length - end));
    return;
  }
  const [mapName, key] = splitValueField(field);
  const map = doc.getMap<unknown>(mapName);
  if (value === null) map.delete(key);
  else map.set(key, value);
}
