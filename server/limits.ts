/** Server limits. Generous for two people typing (each keystroke is one message), tight for anything else. */
export interface SyncLimits {
  /** Bigger frames are refused by ws with close 1009. */
  maxFrameBytes: number;
  messageBurst: number;
  messagesPerSecond: number;
  byteBurst: number;
  bytesPerSecond: number;
  connectionsPerIp: number;
  roomsPerConnection: number;
  /** Before a connection is authenticated, only a handful of small messages may queue up. */
  preAuthMessages: number;
  preAuthBytes: number;
  authTimeoutMs: number;
  /** One sealed entry at most (a compaction snapshot of a large gesprek is far below this). */
  maxEntryBytes: number;
  /** Live entry bytes and entries per room (ROOM_MAX_BYTES, ROOM_MAX_ENTRIES). */
  roomMaxBytes: number;
  roomMaxEntries: number;
  /** Updates arriving within this time are stored in one transaction (group commit). */
  groupCommitMs: number;
  /** A room's append log is compacted into one state past this many rows or bytes (and on unload). */
  compactRows: number;
  compactBytes: number;
  /** Rooms not yet in the store that one address may open per hour (NEW_ROOMS_PER_IP_PER_HOUR). */
  newRoomsPerIpPerHour: number;
  /** At this many stored bytes no new rooms are accepted; existing rooms keep working (STORAGE_HIGH_WATER_BYTES). */
  storageHighWaterBytes: number;
  /** An authenticated socket that sends nothing but presence for this long is closed with 4408 (IDLE_SOCKET_MS). */
  idleSocketMs: number;
  /** An HTTP request (upgrades included) must have sent its headers within this time (HEADERS_TIMEOUT_MS). */
  headersTimeoutMs: number;
}

/** Environment variable → limit, for the limits an operator sets (README "Starten"). */
export const LIMITS_FROM_ENV = {
  ROOM_MAX_BYTES: 'roomMaxBytes',
  ROOM_MAX_ENTRIES: 'roomMaxEntries',
  MAX_ENTRY_BYTES: 'maxEntryBytes',
  NEW_ROOMS_PER_IP_PER_HOUR: 'newRoomsPerIpPerHour',
  STORAGE_HIGH_WATER_BYTES: 'storageHighWaterBytes',
  IDLE_SOCKET_MS: 'idleSocketMs',
  HEADERS_TIMEOUT_MS: 'headersTimeoutMs',
  CONNECTIONS_PER_IP: 'connectionsPerIp',
} as const satisfies Record<string, keyof SyncLimits>;

export const DEFAULT_LIMITS: SyncLimits = {
  maxFrameBytes: 8 * 1024 * 1024,
  messageBurst: 600,
  messagesPerSecond: 150,
  byteBurst: 32 * 1024 * 1024,
  bytesPerSecond: 4 * 1024 * 1024,
  connectionsPerIp: 32,
  roomsPerConnection: 4,
  preAuthMessages: 64,
  preAuthBytes: 256 * 1024,
  authTimeoutMs: 15_000,
  maxEntryBytes: 1024 * 1024,
  roomMaxBytes: 4 * 1024 * 1024,
  roomMaxEntries: 10_000,
  groupCommitMs: 10,
  compactRows: 500,
  compactBytes: 1024 * 1024,
  newRoomsPerIpPerHour: 30,
  storageHighWaterBytes: 8 * 1024 * 1024 * 1024,
  idleSocketMs: 5 * 60_000,
  headersTimeoutMs: 10_000,
};
