/**
 * Whether the page runs in a secure context (https://, or localhost). WebCrypto's `subtle`, the
 * service worker, the camera and the share sheet exist only there; plain http:// on a network
 * address has none of them.
 */
export function isSecureConnection(scope: { isSecureContext?: boolean; crypto?: Crypto } = globalThis): boolean {
  return scope.isSecureContext !== false && scope.crypto?.subtle !== undefined;
}
