import { CLOSE } from '../src/protocol/index.ts';

/**
 * Every reason the server refuses a frame or closes a socket for, and the label it is counted
 * under in /metrics (metrics.ts). A fixed set: a label is never built from anything a client sent.
 */
export const REASON_LABELS = {
  'text frame': 'text_frame',
  'malformed frame': 'malformed_frame',
  'too much before authentication': 'pre_auth_budget',
  'no authentication in time': 'auth_timeout',
  idle: 'idle',
  'rate limit': 'rate_limit',
  'message type': 'message_type',
  'sync step': 'sync_step',
  'malformed message': 'malformed_message',
  'not a binary entry': 'not_binary_entry',
  'map key': 'map_key',
  'not in entries': 'not_in_entries',
  'nested parent': 'nested_parent',
  'entry too large': 'entry_too_large',
  'room quota': 'room_quota',
} as const;

/** What `GuardedSocket.violate` logs and sends as the close reason. */
export type RefusalReason = keyof typeof REASON_LABELS;

/** Refusals outside the socket gate: at authentication (by close code), by `ws` itself, at the upgrade. */
export const OTHER_LABELS = [
  'wrong_key',
  'rooms_per_connection',
  'too_many_new_rooms',
  'storage_full',
  'server_trouble',
  'frame_too_large',
  'broken_frame',
  'connections_per_ip',
] as const;

export type RefusalLabel = (typeof REASON_LABELS)[RefusalReason] | (typeof OTHER_LABELS)[number];

export const ALL_REFUSAL_LABELS: readonly RefusalLabel[] = [...Object.values(REASON_LABELS), ...OTHER_LABELS];

/** The label of an authentication refusal, by the close code roomAccess.ts sends. */
export function accessRefusalLabel(code: number): RefusalLabel {
  switch (code) {
    case CLOSE.wrongKey:
      return 'wrong_key';
    case CLOSE.tooManyNewRooms:
      return 'too_many_new_rooms';
    case CLOSE.storageFull:
      return 'storage_full';
    case CLOSE.serverTrouble:
      return 'server_trouble';
    default:
      return 'rooms_per_connection';
  }
}
