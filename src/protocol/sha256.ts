/** Synchronous SHA-256 in both runtimes (lib0 ships with Yjs): entry ids are needed synchronously. */
export { digest as sha256 } from 'lib0/hash/sha256';
