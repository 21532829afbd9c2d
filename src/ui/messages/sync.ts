/** Words for what the sync layer reports as codes: entries this tablet cannot read. */
import type { EntryProblemCode } from '../../sync/index.ts';

const ENTRY_MESSAGES: Record<EntryProblemCode, string> = {
  'too-short': 'Versleutelde wijziging is onvolledig.',
  'unknown-version': 'Wijziging komt van een nieuwere versie van de app. Werk de app bij.',
  'not-authentic': 'Versleutelde wijziging is beschadigd of hoort bij een andere sleutel.',
  'not-applicable': 'Wijziging kon niet worden verwerkt.',
};

export const entryProblemMessage = (code: EntryProblemCode): string => ENTRY_MESSAGES[code];

/** Said once when entries on the server cannot be read here (junk, or another key). */
export const UNREADABLE_ENTRIES = 'Op de server staan gegevens die deze tablet niet kan lezen';
