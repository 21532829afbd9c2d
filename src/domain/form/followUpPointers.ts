import type * as Y from 'yjs';
import { isRoomKeyText } from '../../protocol/roomKeyText.ts';
import { isGesprekId } from '../ids/gesprekId.ts';

/**
 * "This gesprek has a follow-up, and here is how to reach it": written into the previous
 * gesprek's document (end-to-end encrypted like every other field) by the tablet that made the
 * follow-up, so the other tablet can join the new room without scanning again (docs/cycle.md).
 */
export interface FollowUpPointer {
  /** The new gesprek's id. */
  id: string;
  /** The new gesprek's room key (base64url). Never shown, never put in an address. */
  roomKey: string;
  /** ms since 1970. */
  createdAt: number;
  /** The creating tablet's role, when it had chosen one. */
  createdBy?: 'school' | 'politie';
  /** The creating tablet's id: a tablet never announces its own follow-up to itself. */
  tablet: string;
}

/** A map of its own, keyed by the new gesprek's id: two follow-ups made apart are both kept. */
export const FOLLOW_UPS_MAP = 'followUps';

export function writeFollowUpPointer(doc: Y.Doc, pointer: FollowUpPointer): void {
  const { id, roomKey, createdAt, tablet, createdBy } = pointer;
  doc.getMap<unknown>(FOLLOW_UPS_MAP).set(id, { id, roomKey, createdAt, tablet, ...(createdBy ? { createdBy } : {}) });
}

/** Anything malformed (another version, a damaged entry) is left out, never trusted. */
export function readFollowUpPointer(key: string, value: unknown): FollowUpPointer | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Partial<Record<keyof FollowUpPointer, unknown>>;
  if (v.id !== key || typeof v.id !== 'string' || !isGesprekId(v.id)) return undefined;
  if (!isRoomKeyText(v.roomKey)) return undefined;
  if (typeof v.createdAt !== 'number' || !Number.isFinite(v.createdAt)) return undefined;
  if (typeof v.tablet !== 'string' || v.tablet === '') return undefined;
  const createdBy = v.createdBy === 'school' || v.createdBy === 'politie' ? v.createdBy : undefined;
  return { id: v.id, roomKey: v.roomKey, createdAt: v.createdAt, tablet: v.tablet, ...(createdBy ? { createdBy } : {}) };
}

/** The valid pointers, oldest first. */
export function followUpPointers(doc: Y.Doc): FollowUpPointer[] {
  const pointers: FollowUpPointer[] = [];
  doc.getMap<unknown>(FOLLOW_UPS_MAP).forEach((value, key) => {
    const pointer = readFollowUpPointer(key, value);
    if (pointer) pointers.push(pointer);
  });
  return pointers.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** What the other tablet (any tablet but this one) made. */
export const followUpsFromOthers = (doc: Y.Doc, thisTablet: string): FollowUpPointer[] =>
  followUpPointers(doc).filter((pointer) => pointer.tablet !== thisTablet);
