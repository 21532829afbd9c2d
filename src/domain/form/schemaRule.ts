import type * as Y from 'yjs';
import { isKnownMetaKey, isKnownTopLevelName, MAP } from './fieldKeys.ts';

/** Bumped only for changes that older app versions cannot read safely. */
export const SCHEMA_VERSION = 1;

/**
 * Whether this document was written by a newer app version that this one must not change.
 *
 * `schemaVersion` alone is not enough: any peer or backup file can set it, and a gesprek this
 * version reads perfectly would then lock for good. So a document counts as newer only when it
 * also holds data this version does not know: a top-level type or a meta key outside this
 * version's schema. The rule for future versions: a bump of SCHEMA_VERSION always comes with at
 * least one new name (a type or a meta key) in every document it writes.
 *
 * Cheap on the common path (one map read), so it can guard every write.
 */
export function isNewerSchema(doc: Y.Doc): boolean {
  const meta = doc.getMap<unknown>(MAP.meta);
  const version = meta.get('schemaVersion');
  if (typeof version !== 'number' || !(version > SCHEMA_VERSION)) return false;
  for (const key of meta.keys()) if (!isKnownMetaKey(key)) return true;
  for (const name of doc.share.keys()) if (!isKnownTopLevelName(name)) return true;
  return false;
}

/** Whether this tablet may write to the document: the one guard behind every accessor. */
export function writable(doc: Y.Doc): boolean {
  return !isNewerSchema(doc);
}
