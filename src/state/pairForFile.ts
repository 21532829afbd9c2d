import { parsePairingLink, readGesprekFileRoomId } from '../sync/index.ts';
import { joinFromPairingLink, mergeGesprekFile } from './joinGesprek.ts';

export type PairForFileResult = { ok: true; gesprekId: string } | { ok: false; message: string };

/**
 * "Bestand openen" for a gesprek this tablet has never seen: the file holds the words, the QR
 * code or link holds the key. Pair with the link first (offline: nothing is fetched), then merge.
 * A link for another gesprek adds nothing.
 */
export async function pairThenMergeFile(link: string, file: Uint8Array): Promise<PairForFileResult> {
  const parsed = parsePairingLink(link.trim());
  if (!parsed.ok) return { ok: false, message: parsed.error.message };
  const fileRoom = readGesprekFileRoomId(file);
  if (!fileRoom.ok) return { ok: false, message: fileRoom.error.message };
  if (parsed.value.roomId !== fileRoom.value) {
    return { ok: false, message: 'Deze QR-code of link hoort bij een ander gesprek dan het bestand. Scan de code van het gesprek dat u als bestand kreeg.' };
  }
  const joined = await joinFromPairingLink(link.trim());
  if (!joined.ok) return { ok: false, message: joined.error.message };
  const merged = await mergeGesprekFile(file);
  return merged.ok ? { ok: true, gesprekId: merged.value } : { ok: false, message: merged.error.message };
}
