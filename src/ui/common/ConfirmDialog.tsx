import { useEffect, useRef } from 'preact/hooks';

interface ConfirmDialogProps {
  /** Names what is lost, e.g. "Gesprek met Montessori Lyceum verwijderen van deze tablet?". */
  question: string;
  detail?: string;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

/** A modal question before anything destructive; Escape and "Annuleren" keep everything. */
export function ConfirmDialog({ question, detail, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
  }, []);
  return (
    <dialog
      ref={ref}
      class="app-dialog"
      aria-labelledby="confirm-question"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="confirm-question" class="app-dialog__title">{question}</h2>
      {detail && <p>{detail}</p>}
      <div class="app-button-row">
        <button type="button" class="utrecht-button utrecht-button--primary-action utrecht-button--danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={onCancel} autoFocus>
          Annuleren
        </button>
      </div>
    </dialog>
  );
}
