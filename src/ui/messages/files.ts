/** Words for ".gesprek" file problems (the sync and state layers return codes only). */
import type { PairForFileProblem } from '../../state/pairForFile.ts';
import { pairingMessage } from './pairing.ts';
import type { MergeProblemCode } from '../../state/joinGesprek.ts';

const FILE_MESSAGES: Record<MergeProblemCode, string> = {
  'not-a-gesprek-file': 'Dit bestand is geen gesprek uit deze app. Kies een bestand dat eindigt op .gesprek.',
  'newer-version': 'Dit bestand komt uit een nieuwere versie van de app. Werk de app bij en probeer het opnieuw.',
  'other-gesprek': 'Dit bestand hoort bij een ander gesprek. Open het bij het juiste gesprek.',
  'damaged-or-wrong-key': 'Het bestand is beschadigd of niet te openen met de sleutel van dit gesprek. Vraag om een nieuw bestand.',
  'not-paired': 'Dit gesprek staat nog niet op deze tablet. Scan eerst de QR-code van de andere tablet en open dan dit bestand.',
  storage: 'Het bestand kon niet worden opgeslagen op deze tablet. Is de tablet vol?',
};

export const fileMessage = (code: MergeProblemCode): string => FILE_MESSAGES[code];

export const FILE_MERGED = 'Het bestand is samengevoegd met het gesprek op deze tablet.';
export const FILE_NOT_OPENED = 'Het bestand kon niet worden geopend. Probeer het opnieuw.';

/** Words for "Bestand openen" on a gesprek this tablet did not have yet (pair first, then the file). */
export function pairForFileMessage(problem: PairForFileProblem): string {
  if (problem.area === 'mismatch') {
    return 'Deze QR-code of link hoort bij een ander gesprek dan het bestand. Scan de code van het gesprek dat u als bestand kreeg.';
  }
  return problem.area === 'pairing' ? pairingMessage(problem.code) : fileMessage(problem.code);
}
