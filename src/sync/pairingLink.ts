/** The pairing link `${origin}/#/koppel/<room>.<key>`: room id and key travel only in the URL fragment. */
import { isGesprekId } from '../domain/ids/gesprekId.ts';
import { failure, isRoomKeyText, success, type Problem, type Result } from '../protocol/index.ts';

export const PAIRING_ROUTE = '#/koppel/';

export interface Pairing {
  roomId: string;
  /** base64url, as stored by the storage layer. */
  roomKey: string;
}

export type PairingProblemCode = 'not-a-pairing-link' | 'damaged-link';
export type PairingProblem = Problem<PairingProblemCode>;

export function formatPairingLink(origin: string, pairing: Pairing): string {
  return `${origin.replace(/\/+$/, '')}/${PAIRING_ROUTE}${pairing.roomId}.${pairing.roomKey}`;
}

/** Accepts a full link (as a QR code or the clipboard gives it) or just its fragment. */
export function parsePairingLink(text: string): Result<Pairing, PairingProblemCode> {
  const trimmed = text.trim();
  const start = trimmed.indexOf(PAIRING_ROUTE);
  if (start < 0) return failure('not-a-pairing-link');
  const [roomId = '', roomKey = '', ...rest] = trimmed.slice(start + PAIRING_ROUTE.length).split('.');
  if (rest.length > 0 || !isGesprekId(roomId) || !isRoomKeyText(roomKey)) return failure('damaged-link');
  return success({ roomId, roomKey });
}
