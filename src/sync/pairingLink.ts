/** The pairing link `${origin}/#/koppel/<room>.<key>`: room id and key travel only in the URL fragment. */
import { isGesprekId } from '../domain/ids/gesprekId.ts';
import { failure, success, type Result, type SyncProblem } from './result.ts';
import { roomKeyFromBase64Url } from './roomKey.ts';

export const PAIRING_ROUTE = '#/koppel/';

export interface Pairing {
  roomId: string;
  /** base64url, as stored by the storage layer. */
  roomKey: string;
}

export type PairingProblem = SyncProblem<'not-a-pairing-link' | 'damaged-link'>;

export function formatPairingLink(origin: string, pairing: Pairing): string {
  return `${origin.replace(/\/+$/, '')}/${PAIRING_ROUTE}${pairing.roomId}.${pairing.roomKey}`;
}

/** Accepts a full link (as a QR code or the clipboard gives it) or just its fragment. */
export function parsePairingLink(text: string): Result<Pairing, PairingProblem> {
  const trimmed = text.trim();
  const start = trimmed.indexOf(PAIRING_ROUTE);
  if (start < 0) {
    return failure('not-a-pairing-link', 'Dit is geen koppellink van Gesprek school & politie. Scan de QR-code op de andere tablet.');
  }
  const [roomId = '', roomKey = '', ...rest] = trimmed.slice(start + PAIRING_ROUTE.length).split('.');
  if (rest.length > 0 || !isGesprekId(roomId) || roomKeyFromBase64Url(roomKey) === null) {
    return failure('damaged-link', 'De koppellink is beschadigd of onvolledig. Scan de QR-code opnieuw of kopieer de hele link.');
  }
  return success({ roomId, roomKey });
}
