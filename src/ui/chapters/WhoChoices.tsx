import type * as Y from 'yjs';
import { actieTextKey, setActieDoorWie, WHO_CHOICES } from '../../domain/form/actieFields.ts';
import { readText } from '../../domain/form/textFields.ts';

/** School, Politie, Samen: one tap fills "Door wie?"; the field stays free text. */
export function WhoChoices({ doc, actionId, readOnly }: { doc: Y.Doc; actionId: string; readOnly: boolean }) {
  const current = readText(doc, actieTextKey(actionId, 'doorWie')).trim();
  return (
    <div class="app-button-row app-who-choices" role="group" aria-label="Snelkeuze">
      {WHO_CHOICES.map((who) => (
        <button
          key={who}
          type="button"
          class="utrecht-button utrecht-button--secondary-action app-who-choice"
          aria-pressed={current === who}
          disabled={readOnly}
          onClick={() => setActieDoorWie(doc, actionId, who)}
        >
          {who}
        </button>
      ))}
    </div>
  );
}
