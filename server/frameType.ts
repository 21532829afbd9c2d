/**
 * Where the message type of a Hocuspocus frame (room name ‖ varuint type ‖ …) starts, reading a few
 * bytes and allocating nothing: for the checks on every frame going out (guardedSocket.ts).
 * -1 for a frame too short to have one.
 */
export const SYNC = 0;
export const SYNC_UPDATE = 2;
export const SYNC_STATUS = 8;

export function typeOffset(frame: Uint8Array): number {
  let offset = 0;
  let nameLength = 0;
  for (let shift = 0; shift <= 14; shift += 7) {
    const byte = frame[offset++];
    if (byte === undefined) return -1;
    nameLength |= (byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) break;
  }
  offset += nameLength;
  return offset < frame.length ? offset : -1;
}

/** room name ‖ Sync ‖ update ‖ …: a live update (not a sync step). */
export function isSyncUpdate(frame: Uint8Array): boolean {
  const at = typeOffset(frame);
  return at >= 0 && frame[at] === SYNC && frame[at + 1] === SYNC_UPDATE;
}

/** Hocuspocus' acknowledgement that an update was applied (the provider's `unsyncedChanges`). */
export function isSyncStatus(frame: Uint8Array): boolean {
  const at = typeOffset(frame);
  return at >= 0 && frame[at] === SYNC_STATUS;
}
