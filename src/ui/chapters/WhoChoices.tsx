import type * as Y from 'yjs';
import { actionTextKey, setActionWho, WHO_CHOICES } from '../../domain/form/actionFields.ts';
import { readText } from '../../domain/form/textFields.ts';

/** School, Politie, Samen: one tap fills "Door wie?"; the field stays free text. */
export function WhoChoices({ doc, actionId, readOnly }: { doc: Y.Doc; actionId: string; readOnly: boolean }) {
  const current = readText(doc, actionTextKey(actionId, 'doorWie')).trim();
  return (
    <div class="app-button-row app-who-choices" role="group" aria-label="Snelkeuze">
      {WHO_CHOICES.map((who) => (
        <button
          key={who}
          type="button"
          class="utrecht-button utrecht-button--secondary-action app-who-choice"
          aria-pressed={current === who}
          disabled={readOnly}
          onClick={() => setActionWho(doc, actionId, who)}
        >
          {who}
        </button>
      ))}
    </div>
  );
}
