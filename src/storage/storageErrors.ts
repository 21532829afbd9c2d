/** Turns what IndexedDB throws into a short Dutch message that says what to do next. */
export function describeStorageError(error: unknown): string {
  const kind = storageErrorKind(error);
  switch (kind) {
    case 'quota':
      return 'Deze tablet heeft geen ruimte meer. Uw laatste wijziging is niet opgeslagen. Maak een reservekopie en verwijder oude gesprekken.';
    case 'connection':
      return 'De opslag van deze tablet is niet meer bereikbaar. Herlaad de app; wat al was opgeslagen, blijft bewaard.';
    case 'aborted':
      return 'Opslaan is afgebroken. Mogelijk is de tablet vol. Maak een reservekopie en verwijder oude gesprekken.';
    case 'unavailable':
      return 'De opslag van deze tablet werkt niet. Herlaad de app. Lukt het dan nog niet, sluit dan andere tabbladen met deze app.';
    case 'other':
      return 'Opslaan op deze tablet is mislukt. Herlaad de app; wat al was opgeslagen, blijft bewaard.';
  }
}

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
