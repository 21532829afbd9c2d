/** One sealed entry: version ‖ 96-bit random IV ‖ AES-GCM-256(key, payload, additionalData). */
import { failure, success, type Problem, type Result } from '../protocol/index.ts';
import { toBase64Url } from '../protocol/base64url.ts';
import { concatBytes, ownBytes, utf8 } from './bytes.ts';

export const ENTRY_VERSION = 1;
export const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES;

/** `not-applicable`: opened fine, but Yjs could not apply what it held. */
export type EntryProblemCode = 'unknown-version' | 'too-short' | 'not-authentic' | 'not-applicable';
export type EntryProblem = Problem<EntryProblemCode>;

/** Each purpose gets its own associated data, so a sealed value cannot be replayed as another kind. */
export const contentAad = (roomId: string): Uint8Array<ArrayBuffer> => utf8(roomId);
export const presenceAad = (roomId: string): Uint8Array<ArrayBuffer> => utf8(`${roomId}/presence`);
export const fileAad = (roomId: string): Uint8Array<ArrayBuffer> => utf8(`${roomId}/file`);

/** A fresh random IV for every seal: with random 96-bit IVs a repeat is negligible below 2^32 entries. */
export function newIv(): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(IV_BYTES));
}

export async function sealEntry(key: CryptoKey, payload: Uint8Array, aad: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const iv = newIv();
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: ownBytes(aad), tagLength: TAG_BYTES * 8 },
    key,
    ownBytes(payload),
  );
  return concatBytes(Uint8Array.of(ENTRY_VERSION), iv, new Uint8Array(ciphertext));
}

export async function openEntry(
  key: CryptoKey,
  entry: Uint8Array,
  aad: Uint8Array,
): Promise<Result<Uint8Array, EntryProblemCode>> {
  if (entry.length < HEADER_BYTES + TAG_BYTES) return failure('too-short');
  if (entry[0] !== ENTRY_VERSION) {
    return failure('unknown-version');
  }
  try {
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: ownBytes(entry.subarray(1, HEADER_BYTES)), additionalData: ownBytes(aad), tagLength: TAG_BYTES * 8 },
      key,
      ownBytes(entry.subarray(HEADER_BYTES)),
    );
    return success(new Uint8Array(plaintext));
  } catch {
    return failure('not-authentic');
  }
}

/**
 * A stable name for an entry: IV and tag. Random IVs make it unique, and it survives the
 * entry being copied between replicas (unlike its index or the object identity).
 */
export function entryIdentity(entry: Uint8Array): string {
  const known = identities.get(entry);
  if (known !== undefined) return known;
  const identity = computeIdentity(entry);
  identities.set(entry, identity);
  return identity;
}

// Yjs hands out the same Uint8Array object for an entry each time, so this cache hits on every rescan.
const identities = new WeakMap<Uint8Array, string>();

function computeIdentity(entry: Uint8Array): string {
  const tail = entry.subarray(Math.max(HEADER_BYTES, entry.length - TAG_BYTES));
  return `${toBase64Url(entry.subarray(0, HEADER_BYTES))}.${toBase64Url(tail)}.${entry.length}`;
}
