import type * as Y from 'yjs';
import { LOCAL_EDIT } from './editOrigins.ts';
import { writable } from './schemaRule.ts';

/**
 * Every change to a gesprek goes through here: refused (false) when the document is read-only
 * for this version, otherwise one transaction with this tablet's origin (undo tracks it).
 */
export function write(doc: Y.Doc, change: () => void, origin: unknown = LOCAL_EDIT): boolean {
  if (!writable(doc)) return false;
  doc.transact(change, origin);
  return true;
}
