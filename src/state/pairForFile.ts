import { parsePairingLink, readGesprekFileRoomId } from '../sync/index.ts';
import { joinFromPairingLink, mergeGesprekFile, type JoinProblemCode, type MergeProblemCode } from './joinGesprek.ts';

/** Codes only: the words live with the UI (src/ui/messages/). */
export type PairForFileProblem =
  | { area: 'pairing'; code: JoinProblemCode }
  | { area: 'file'; code: MergeProblemCode }
  | { area: 'mismatch' };

export type PairForFileResult = { ok: true; gesprekId: string } | { ok: false; problem: PairForFileProblem };

/**
 * "Bestand openen" for a gesprek this tablet has never seen: the file holds the words, the QR
 * code or link holds the key. Pair with the link first (offline: nothing is fetched), then merge.
 * A link for another gesprek adds nothing.
 */
export async function pairThenMergeFile(link: string, file: Uint8Array): Promise<PairForFileResult> {
  const parsed = parsePairingLink(link.trim());
  if (!parsed.ok) return { ok: false, problem: { area: 'pairing', code: parsed.error.code } };
  const fileRoom = readGesprekFileRoomId(file);
  if (!fileRoom.ok) return { ok: false, problem: { area: 'file', code: fileRoom.error.code } };
  if (parsed.value.gesprekId !== fileRoom.value) return { ok: false, problem: { area: 'mismatch' } };
  const joined = await joinFromPairingLink(link.trim());
  if (!joined.ok) return { ok: false, problem: { area: 'pairing', code: joined.error.code } };
  const merged = await mergeGesprekFile(file);
  return merged.ok ? { ok: true, gesprekId: merged.value } : { ok: false, problem: { area: 'file', code: merged.error.code } };
}
