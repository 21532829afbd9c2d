/**
 * The pairing link `${origin}/#/koppel/<gesprekId>.<key>`: both travel only in the URL fragment.
 * The gesprek id names the gesprek on the joining tablet; the sync room is derived from the key.
 */
import { isGesprekId } from '../domain/ids/gesprekId.ts';
import { failure, isRoomKeyText, success, type Problem, type Result } from '../protocol/index.ts';

export const PAIRING_ROUTE = '#/koppel/';

export interface Pairing {
  gesprekId: string;
  /** base64url, as stored by the storage layer. */
  roomKey: string;
}

export type PairingProblemCode = 'not-a-pairing-link' | 'damaged-link';
export type PairingProblem = Problem<PairingProblemCode>;

export function formatPairingLink(origin: string, pairing: Pairing): string {
  return `${origin.replace(/\/+$/, '')}/${PAIRING_ROUTE}${pairing.gesprekId}.${pairing.roomKey}`;
}

/** Accepts a full link (as a QR code or the clipboard gives it) or just its fragment. */
export function parsePairingLink(text: string): Result<Pairing, PairingProblemCode> {
  const trimmed = text.trim();
  const start = trimmed.indexOf(PAIRING_ROUTE);
  if (start < 0) return failure('not-a-pairing-link');
  const [gesprekId = '', roomKey = '', ...rest] = trimmed.slice(start + PAIRING_ROUTE.length).split('.');
  if (rest.length > 0 || !isGesprekId(gesprekId) || !isRoomKeyText(roomKey)) return failure('damaged-link');
  return success({ gesprekId, roomKey });
}
