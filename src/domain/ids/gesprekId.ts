/** base64url without padding: safe in URLs, file names and IndexedDB keys. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** A gesprek's local id: 128 random bits. Not its sync room, which is derived from the key (docs/sync-protocol.md). */
export function newGesprekId(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(16)));
}

export function isGesprekId(value: string): boolean {
  return /^[A-Za-z0-9_-]{22}$/.test(value);
}
