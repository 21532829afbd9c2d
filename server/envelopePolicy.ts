/**
 * What a client may send to an envelope (docs/sync-protocol.md, "What a client may send"): Yjs updates
 * that only insert binary entries into the root array `entries` and delete entries. Everything else
 * is refused before Hocuspocus applies it. Pure: reads one frame, touches no document.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { CLOSE } from '../src/protocol/index.ts';
import type { RefusalReason } from './refusalReasons.ts';

export const ENTRIES = 'entries';

/** Hocuspocus message types (frame = room name ‖ type ‖ payload). */
const SYNC = 0;
const AWARENESS = 1;
const AUTH = 2;
const QUERY_AWARENESS = 3;
const SYNC_REPLY = 4;
const STATELESS = 5;
const CLOSE_MESSAGE = 7;
const STEP1 = 0;
const STEP2 = 1;
const UPDATE = 2;

export interface Refusal {
  code: number;
  reason: RefusalReason;
}

/** A decoded update that keeps to the rules: new entries and deletions to check against the room. */
export type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds'];

export interface EnvelopeUpdate {
  inserted: Y.Item[];
  deletions: DeleteSet;
}

export type Inspection = { kind: 'update'; update: EnvelopeUpdate } | { kind: 'other' } | { kind: 'refused'; refusal: Refusal };

const refused = (code: number, reason: RefusalReason): Inspection => ({ kind: 'refused', refusal: { code, reason } });

export function inspectFrame(frame: Uint8Array, maxEntryBytes: number): Inspection {
  try {
    const decoder = decoding.createDecoder(frame);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === AWARENESS || type === AUTH || type === QUERY_AWARENESS || type === STATELESS || type === CLOSE_MESSAGE) return { kind: 'other' };
    // Anything else, BroadcastStateless included (it would let a client forge "stored" to the room).
    if (type !== SYNC && type !== SYNC_REPLY) return refused(CLOSE.policy, 'message type');
    const step = decoding.readVarUint(decoder);
    if (step === STEP1) {
      Y.decodeStateVector(decoding.readVarUint8Array(decoder));
      return { kind: 'other' };
    }
    if (step !== STEP2 && step !== UPDATE) return refused(CLOSE.policy, 'sync step');
    return inspectUpdate(decoding.readVarUint8Array(decoder), maxEntryBytes);
  } catch {
    return refused(CLOSE.unsupported, 'malformed message');
  }
}

function inspectUpdate(update: Uint8Array, maxEntryBytes: number): Inspection {
  const { structs, ds } = Y.decodeUpdate(update);
  const inserted: Y.Item[] = [];
  for (const struct of structs) {
    if (!(struct instanceof Y.Item) || struct.content instanceof Y.ContentDeleted) continue; // GC, Skip, deleted
    if (!(struct.content instanceof Y.ContentBinary)) return refused(CLOSE.policy, 'not a binary entry');
    if (struct.parentSub !== null) return refused(CLOSE.policy, 'map key');
    // Without origins the parent is named: it must be the root array. With an origin, the item sits
    // next to an existing item, which (by the same rule) is in `entries`.
    const hasOrigin = struct.origin !== null || struct.rightOrigin !== null;
    const parent: unknown = struct.parent; // decoded, not integrated: a root name, an ID, or null
    if (!hasOrigin && parent !== ENTRIES) return refused(CLOSE.policy, 'not in entries');
    if (hasOrigin && parent !== null) return refused(CLOSE.policy, 'nested parent');
    if (struct.content.content.length > maxEntryBytes) return refused(CLOSE.roomFull, 'entry too large');
    inserted.push(struct);
  }
  return { kind: 'update', update: { inserted, deletions: ds } };
}

/** Awareness (presence) frames: kept alive by tablets every few seconds, so they do not count as activity. */
export function isPresence(frame: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(frame);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    return type === AWARENESS || type === QUERY_AWARENESS;
  } catch {
    return false;
  }
}
