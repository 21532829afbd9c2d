/** Short, one-way names for rooms in logs. */
import { createHash } from 'node:crypto';

/** Logs name a room by a short hash, never by its id (the id is half of a pairing link). */
export function roomTag(room: string): string {
  return createHash('sha256').update(room).digest('base64url').slice(0, 8);
}
