import type * as Y from 'yjs';
import { MAP } from './fieldKeys.ts';
import { isNewerSchema, SCHEMA_VERSION } from './schemaRule.ts';
import { write } from './write.ts';

export { SCHEMA_VERSION };

function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(MAP.meta);
}

/**
 * Called once, by the tablet that creates the gesprek. A tablet that joins never writes meta
 * on open, so nothing is seeded twice.
 */
export function initializeNewGesprek(doc: Y.Doc, today: string, schoolName = ''): void {
  doc.transact(() => {
    const meta = metaMap(doc);
    meta.set('schemaVersion', SCHEMA_VERSION);
    meta.set('datum', today);
    // Asked on home before the document existed; written by the creating tablet only, once.
    if (schoolName) doc.getText('contact.school.naamSchool').insert(0, schoolName);
  });
}

export function schemaVersionOf(doc: Y.Doc): number {
  const version = metaMap(doc).get('schemaVersion');
  return typeof version === 'number' ? version : SCHEMA_VERSION;
}

/** A document written by a newer app version is read-only rather than corrupted (see schemaRule). */
export function isReadOnlyForThisVersion(doc: Y.Doc): boolean {
  return isNewerSchema(doc);
}

/** The date of the conversation, as yyyy-mm-dd. */
export function gespreksdatum(doc: Y.Doc): string {
  const value = metaMap(doc).get('datum');
  return typeof value === 'string' ? value : '';
}

export function setGespreksdatum(doc: Y.Doc, isoDate: string): boolean {
  return write(doc, () => metaMap(doc).set('datum', isoDate));
}
