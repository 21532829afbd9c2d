import { useState } from 'preact/hooks';
import { useModalDialog } from '../common/useModalDialog.ts';

interface NewGesprekDialogProps {
  busy: boolean;
  /** The school's name as typed, '' when skipped. */
  onStart(schoolName: string): void;
  onCancel(): void;
}

/** The first small step of a new gesprek: which school (optional, so it is not forgotten later). */
export function NewGesprekDialog({ busy, onStart, onCancel }: NewGesprekDialogProps) {
  // Focus starts in the name field (autoFocus): typing the school is the step.
  const modal = useModalDialog(onCancel);
  const [name, setName] = useState('');
  return (
    <dialog ref={modal.dialogRef} class="app-dialog" aria-labelledby="new-gesprek-title" onCancel={modal.onCancel} onKeyDown={modal.onKeyDown}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onStart(name.trim());
        }}
      >
        <h2 id="new-gesprek-title" class="app-dialog__title">Nieuw gesprek</h2>
        <div class="utrecht-form-field utrecht-form-field--text app-field">
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="new-gesprek-school">Naam school</label>
          </div>
          <p id="new-gesprek-hint" class="utrecht-form-field-description">Niet verplicht: u kunt de naam ook later invullen bij Contactpersonen.</p>
          <div class="utrecht-form-field__input">
            <input
              id="new-gesprek-school"
              class="utrecht-textbox utrecht-textbox--html-input"
              aria-describedby="new-gesprek-hint"
              autocomplete="organization"
              value={name}
              autoFocus
              onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
            />
          </div>
        </div>
        <div class="app-button-row">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" disabled={busy}>
            Gesprek beginnen
          </button>
          <button type="button" class="utrecht-button utrecht-button--secondary-action" disabled={busy} onClick={() => onStart('')}>
            Overslaan
          </button>
          <button type="button" class="utrecht-button utrecht-button--subtle" onClick={modal.requestClose}>
            Annuleren
          </button>
        </div>
      </form>
    </dialog>
  );
}
