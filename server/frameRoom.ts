/**
 * Reads the room name that starts every Hocuspocus frame (varuint length ‖ UTF-8), without trusting
 * the frame: null for anything that is not a short, well-formed name.
 */
import { isLegacyRoomId, isRoomId as isKeyBoundRoomId } from '../src/protocol/index.ts';

const MAX_NAME_BYTES = 64;
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function frameRoom(frame: Uint8Array): string | null {
  let length = 0;
  let offset = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = frame[offset++];
    if (byte === undefined || shift > 7) return null; // names are short: at most two length bytes
    length |= (byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) break;
  }
  if (length > MAX_NAME_BYTES || offset + length > frame.length) return null;
  try {
    return utf8.decode(frame.subarray(offset, offset + length));
  } catch {
    return null;
  }
}


/** Room ids bound to the key (v2, src/protocol/roomId.ts) and legacy gesprek-id rooms. */
export const isRoomId = (name: string): boolean => isKeyBoundRoomId(name) || isLegacyRoomId(name);
