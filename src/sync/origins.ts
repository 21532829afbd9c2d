/** Transaction origins, so storage and UI can tell changes that came from the other tablet from local typing. */

/** Origin of every update this layer applies to the plaintext gesprek doc after decrypting it. */
export const REMOTE_ORIGIN: unique symbol = Symbol('gesprek-sync-remote');

/** Origin of local envelope changes (appends, compactions); internal to the sync layer. */
export const ENVELOPE_ORIGIN: unique symbol = Symbol('gesprek-sync-envelope');
