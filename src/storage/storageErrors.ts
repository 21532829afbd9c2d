/** Classifies what IndexedDB throws; the words for each kind live in src/ui/messages/storage.ts. */
export type StorageErrorKind = 'quota' | 'connection' | 'aborted' | 'unavailable' | 'other';

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  cause?: unknown;
}

/**
 * Classifies an IndexedDB failure. Looks through wrappers: Chrome aborts a transaction with an
 * AbortError when the quota is exceeded, and Dexie wraps the real error in `inner`.
 */
export function storageErrorKind(error: unknown): StorageErrorKind {
  const chain = errorChain(error);
  const has = (test: (e: { name: string; message: string }) => boolean) => chain.some(test);
  if (has((e) => e.name === 'QuotaExceededError' || /quota|disk.?full|no space/i.test(e.message))) return 'quota';
  if (has((e) => e.name === 'InvalidStateError' || e.name === 'DatabaseClosedError' || /closing|closed|connection.*lost|lost.*connection/i.test(e.message))) {
    return 'connection';
  }
  if (has((e) => e.name === 'OpenFailedError' || e.name === 'MissingAPIError' || e.name === 'VersionError')) return 'unavailable';
  if (has((e) => e.name === 'AbortError')) return 'aborted';
  return 'other';
}

function errorChain(error: unknown): Array<{ name: string; message: string }> {
  const chain: Array<{ name: string; message: string }> = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    if (typeof current !== 'object') {
      chain.push({ name: '', message: String(current) });
      break;
    }
    const e = current as ErrorLike;
    chain.push({ name: typeof e.name === 'string' ? e.name : '', message: typeof e.message === 'string' ? e.message : '' });
    current = e.inner ?? e.cause;
  }
  return chain;
}
