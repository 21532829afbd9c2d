/**
 * One sealed entry: version ‖ 96-bit random IV ‖ AES-GCM-256(key, payload, additionalData).
 * Version 2 pads: payload = varuint(length) ‖ data ‖ zero padding to paddedLength(), so sizes
 * do not tell which field was typed in or how long a paste was. Version 1 (data as is) still opens.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { failure, paddedLength, success, type Problem, type Result } from '../protocol/index.ts';
import { concatBytes, ownBytes, utf8 } from './bytes.ts';

export const ENTRY_VERSION = 2;
const UNPADDED_VERSION = 1;
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

/** varuint(length) ‖ data ‖ zeros, to the padding bucket of the whole. */
export function padPayload(data: Uint8Array): Uint8Array<ArrayBuffer> {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, data.length);
  const prefix = encoding.toUint8Array(encoder);
  const padded = new Uint8Array(paddedLength(prefix.length + data.length));
  padded.set(prefix);
  padded.set(data, prefix.length);
  return padded;
}

function unpadPayload(padded: Uint8Array): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(padded);
    const length = decoding.readVarUint(decoder);
    if (length > padded.length - decoder.pos) return null;
    return padded.subarray(decoder.pos, decoder.pos + length);
  } catch {
    return null;
  }
}

export async function sealEntry(key: CryptoKey, data: Uint8Array, aad: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const iv = newIv();
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: ownBytes(aad), tagLength: TAG_BYTES * 8 },
    key,
    padPayload(data),
  );
  return concatBytes(Uint8Array.of(ENTRY_VERSION), iv, new Uint8Array(ciphertext));
}

/** Cheap, before any decryption: an entry of a version this app does not know is kept, never tried. */
export const isKnownVersion = (entry: Uint8Array): boolean => entry[0] === ENTRY_VERSION || entry[0] === UNPADDED_VERSION;

export async function openEntry(key: CryptoKey, entry: Uint8Array, aad: Uint8Array): Promise<Result<Uint8Array, EntryProblemCode>> {
  if (entry.length < HEADER_BYTES + TAG_BYTES) return failure('too-short');
  if (!isKnownVersion(entry)) return failure('unknown-version');
  let plaintext: Uint8Array;
  try {
    plaintext = new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: ownBytes(entry.subarray(1, HEADER_BYTES)), additionalData: ownBytes(aad), tagLength: TAG_BYTES * 8 },
        key,
        ownBytes(entry.subarray(HEADER_BYTES)),
      ),
    );
  } catch {
    return failure('not-authentic');
  }
  if (entry[0] === UNPADDED_VERSION) return success(plaintext);
  const data = unpadPayload(plaintext);
  // Authentic but malformed: only a broken writer with the key makes this; treat it as unreadable.
  return data ? success(data) : failure('not-authentic');
}
