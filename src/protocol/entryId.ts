/**
 * An envelope entry's id: the first 128 bits of SHA-256 over the whole ciphertext, base64url
 * (22 characters). Two entries differ in id whenever they differ in any byte, so a forged twin
 * cannot make a tablet skip a real entry; tablet and server compute the same id.
 */
import { toBase64Url } from './base64url.ts';
import { sha256 } from './sha256.ts';

const known = new WeakMap<Uint8Array, string>();

export function entryId(entry: Uint8Array): string {
  const cached = known.get(entry);
  if (cached !== undefined) return cached;
  const id = toBase64Url(sha256(entry).subarray(0, 16));
  known.set(entry, id);
  return id;
}
