/** Public API of the sync layer: import from here, not from the files behind it. */
export { startEncryptedSync, syncUrlFor, EncryptedSync, type EncryptedSyncOptions } from './encryptedSync.ts';
export { startSyncWithKeyFallback, type KeyFallbackOptions, type RoomKeys, type SyncSession } from './keyFallback.ts';
export { REMOTE_ORIGIN } from './origins.ts';
export { INITIAL_STATUS, type SyncStatus, type StatusListener, type Peer, type Role } from './syncStatus.ts';
export type { Presence } from './encryptedPresence.ts';
export { generateRoomKey, roomKeyToBase64Url, roomKeyFromBase64Url, deriveConnectionToken } from './roomKey.ts';
export { formatPairingLink, parsePairingLink, PAIRING_ROUTE, type Pairing, type PairingProblem, type PairingProblemCode } from './pairingLink.ts';
export {
  exportGesprekFile,
  readGesprekFileRoomId,
  openGesprekFile,
  GESPREK_FILE_EXTENSION,
  GESPREK_FILE_TYPE,
  type FileProblem,
  type FileProblemCode,
} from './fileExchange.ts';
export type { EntryProblem, EntryProblemCode } from './envelope.ts';
export type { CompactionLimits } from './encryptedReplica.ts';

/** A new room key, base64url, ready for storage and the pairing link. */
export { newRoomKeyText } from './newRoomKeyText.ts';
