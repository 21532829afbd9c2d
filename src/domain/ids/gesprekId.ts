/** A gesprek's local id: 128 random bits, base64url. Names the gesprek on this tablet; not the sync room. */
import { toBase64Url } from '../../protocol/base64url.ts';

export function newGesprekId(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(16)));
}

export function isGesprekId(value: string): boolean {
  return /^[A-Za-z0-9_-]{22}$/.test(value);
}
