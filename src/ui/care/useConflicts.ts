import type * as Y from 'yjs';
import { fieldConflicts, type FieldConflict } from '../../domain/care/conflicts.ts';

/** Conflicts computed once per document change, however many fields ask. */
const cache = new WeakMap<Y.Doc, FieldConflict[]>();
const watched = new WeakSet<Y.Doc>();

export function conflictsOf(doc: Y.Doc): FieldConflict[] {
  if (!watched.has(doc)) {
    watched.add(doc);
    doc.on('afterTransaction', () => cache.delete(doc));
  }
  let list = cache.get(doc);
  if (!list) {
    list = fieldConflicts(doc);
    cache.set(doc, list);
  }
  return list;
}

export const conflictFor = (doc: Y.Doc, field: string) => conflictsOf(doc).find((c) => c.field === field);
