/**
 * Gentle hints for contact details that look odd. They never block: a number abroad or an
 * extension is still kept exactly as typed.
 */
export function phoneHint(value: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  if (/[^0-9+\-\s().]/.test(trimmed.replace(/\s*(toestel|tst\.?|ext\.?)\s*\d+$/i, ''))) {
    return 'Dit lijkt geen telefoonnummer. Controleer het nummer.';
  }
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 10) return 'Dit nummer lijkt te kort. Een Nederlands nummer heeft 10 cijfers.';
  if (digits.length > 15) return 'Dit nummer lijkt te lang. Controleer het nummer.';
  return undefined;
}

export function emailHint(value: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(trimmed)
    ? undefined
    : 'Dit lijkt geen geldig e-mailadres. Controleer de @ en het deel erna.';
}
