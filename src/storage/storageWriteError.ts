/** A document could not be stored; `message` is already the Dutch text for the user. */
export class StorageWriteError extends Error {
  override name = 'StorageWriteError';
}
