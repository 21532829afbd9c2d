/** Words for pairing problems (the sync and state layers return codes only). */
import type { JoinProblemCode } from '../../state/joinGesprek.ts';

const PAIRING_MESSAGES: Record<JoinProblemCode, string> = {
  'not-a-pairing-link': 'Dit is geen koppellink van Gesprek school & politie. Scan de QR-code op de andere tablet.',
  'damaged-link': 'De koppellink is beschadigd of onvolledig. Scan de QR-code opnieuw of kopieer de hele link.',
  'other-key': 'Dit gesprek staat al op deze tablet, maar met een andere sleutel. Vraag de andere tablet om een nieuwe QR-code.',
  storage: 'Het gesprek kon niet op deze tablet worden gezet. Is de tablet vol?',
};

export const pairingMessage = (code: JoinProblemCode): string => PAIRING_MESSAGES[code];
