import type * as Y from 'yjs';
import { MAP } from './fieldKeys.ts';

/** Bumped only for changes that older app versions cannot read safely. */
export const SCHEMA_VERSION = 1;

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

/** A document written by a newer app version opens read-only rather than being corrupted. */
export function isReadOnlyForThisVersion(doc: Y.Doc): boolean {
  return schemaVersionOf(doc) > SCHEMA_VERSION;
}

/** The date of the conversation, as yyyy-mm-dd. */
export function gespreksdatum(doc: Y.Doc): string {
  const value = metaMap(doc).get('datum');
  return typeof value === 'string' ? value : '';
}

export function setGespreksdatum(doc: Y.Doc, isoDate: string): void {
  metaMap(doc).set('datum', isoDate);
}
