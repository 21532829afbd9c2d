/**
 * WebSocket close codes the server uses. Only `wrongKey` is final for a tablet; every other code
 * means "try again later" (with backoff), because the tablet keeps its changes meanwhile.
 */
export const CLOSE = {
  /** The token does not belong to this room: this tablet has another key. Final: no retries. */
  wrongKey: 4401,
  /** Quiet for too long; the tablet reconnects when there is something to send. */
  idle: 4408,
  /** The room is over its byte or entry quota. */
  roomFull: 4413,
  /** Too many new rooms from this address; try later. */
  tooManyNewRooms: 4429,
  /** The store failed or is unreachable; nothing was lost on the tablet. Retry with backoff. */
  serverTrouble: 4503,
  /** The server's storage is at its high-water mark: no new rooms (existing rooms keep working). */
  storageFull: 4507,
  /** A frame that breaks the protocol's rules (not an append or a compaction of entries). */
  policy: 1008,
  /** A text frame or a malformed binary frame. */
  unsupported: 1003,
  /** A frame larger than the server accepts (sent by ws itself). */
  tooBig: 1009,
  /** The server is shutting down. */
  goingAway: 1001,
} as const;

export type CloseCode = (typeof CLOSE)[keyof typeof CLOSE];

export const isRetryableClose = (code: number | undefined): boolean => code !== CLOSE.wrongKey;
