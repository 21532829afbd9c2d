/**
 * The sync protocol shared by the tablets and the server: one definition of every shape both
 * sides must agree on. Domain-free and DOM-free: the server imports it too.
 * Described in docs/sync-protocol.md.
 */
export { SYNC_PATH } from './syncPath.ts';
export { CLOSE, isRetryableClose, type CloseCode } from './closeCodes.ts';
export { ROOM_KEY_BYTES, ROOM_KEY_TEXT_LENGTH, isRoomKeyText } from './roomKeyText.ts';
export { TOKEN_INFO, isTokenText } from './token.ts';
export { ROOM_ID_PREFIX, isRoomId, isLegacyRoomId, roomIdFromToken } from './roomId.ts';
export { entryId } from './entryId.ts';
export { parseStatelessMessage, storedMessage, confirmMessage, noSyncStatusMessage, type StatelessMessage } from './statelessMessages.ts';
export { PADDING_BUCKETS, paddedLength } from './padding.ts';
export { success, failure, type Result, type Problem } from './result.ts';
