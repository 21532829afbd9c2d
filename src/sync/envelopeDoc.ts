/** The envelope document: the only thing the server sees, a Y.Array of sealed entries. */
import type * as Y from 'yjs';

export const ENTRIES_KEY = 'entries';

export const envelopeEntries = (envelope: Y.Doc): Y.Array<unknown> => envelope.getArray<unknown>(ENTRIES_KEY);

/** Anything else in the array (from a broken or hostile writer) is not an entry and is never decrypted. */
export const isEntryBytes = (value: unknown): value is Uint8Array => value instanceof Uint8Array;
