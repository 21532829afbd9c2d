/** Turns what IndexedDB throws into a short Dutch message that says what to do next. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) {
    return 'Deze tablet heeft geen ruimte meer. Uw laatste wijziging is niet opgeslagen. Maak een reservekopie en verwijder oude gesprekken.';
  }
  if (name === 'InvalidStateError' || /closing|closed|connection/i.test(message)) {
    return 'De opslag van deze tablet is niet meer bereikbaar. Herlaad de app; wat al was opgeslagen, blijft bewaard.';
  }
  if (name === 'AbortError') {
    return 'Opslaan is afgebroken. Mogelijk is de tablet vol. Maak een reservekopie en verwijder oude gesprekken.';
  }
  return 'Opslaan op deze tablet is mislukt. Herlaad de app; wat al was opgeslagen, blijft bewaard.';
}
