import { useModalDialog } from './useModalDialog.ts';

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
  // Focus starts on "Annuleren" (autoFocus), the safe answer, not on the question.
  const modal = useModalDialog(onCancel);
  return (
    <dialog ref={modal.dialogRef} class="app-dialog" aria-labelledby="confirm-question" onCancel={modal.onCancel} onKeyDown={modal.onKeyDown}>
      <h2 id="confirm-question" class="app-dialog__title">{question}</h2>
      {detail && <p>{detail}</p>}
      <div class="app-button-row">
        <button type="button" class="utrecht-button utrecht-button--primary-action utrecht-button--danger" onClick={() => modal.finish(onConfirm)}>
          {confirmLabel}
        </button>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={modal.requestClose} autoFocus>
          Annuleren
        </button>
      </div>
    </dialog>
  );
}
