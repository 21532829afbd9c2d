/** Transaction origins, so storage and UI can tell changes that came from the other tablet from local typing. */

/** Origin of every update this layer applies to the plaintext gesprek doc after decrypting it. */
export const REMOTE_ORIGIN: unique symbol = Symbol('gesprek-sync-remote');

/** Origin of local envelope changes (appends, compactions); internal to the sync layer. */
export const ENVELOPE_ORIGIN: unique symbol = Symbol('gesprek-sync-envelope');

/**
 * Origin of content merged from a legacy room (docs/sync-client.md, "Transition"). Not remote:
 * the v2 room does not have it yet, so the replica treats it like this tablet's own typing.
 */
export const LEGACY_ORIGIN: unique symbol = Symbol('gesprek-sync-legacy');
