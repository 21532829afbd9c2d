import { useEffect, useRef } from 'preact/hooks';
import type { MissingCharacters } from '../../pdf/fallback/missingCharacters.ts';
import { missingCharactersText } from './missingCharactersText.ts';

interface MissingCharactersDialogProps {
  missing: MissingCharacters;
  onContinue(): void;
  onCancel(): void;
}

/** Before export: which characters the PDF cannot print, and the choice to make it anyway or not. */
export function MissingCharactersDialog({ missing, onContinue, onCancel }: MissingCharactersDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
  }, []);
  const text = missingCharactersText(missing);
  return (
    <dialog
      ref={ref}
      class="app-dialog"
      aria-labelledby="missing-characters-title"
      aria-describedby="missing-characters-detail"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="missing-characters-title" class="app-dialog__title">{text.title}</h2>
      <div id="missing-characters-detail">
        {text.reasons.map((reason) => (
          <p key={reason.text}>
            {reason.text} <bdi dir="auto" lang="und">{reason.characters}</bdi>
          </p>
        ))}
        <p>{text.consequence}</p>
      </div>
      <div class="app-button-row">
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={onContinue}>
          Toch PDF maken
        </button>
        <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={onCancel} autoFocus>
          Annuleren
        </button>
      </div>
    </dialog>
  );
}
