import type { ComponentChildren } from 'preact';
import { ModalShell } from '../inspiration/ModalShell.tsx';
import { useModalDialog } from '../common/useModalDialog.ts';
import './care.css';

export interface HistoryRow {
  key: string;
  meta: string;
  value: string;
  restore(): void;
}

interface HistoryDialogProps {
  title: string;
  rows: readonly HistoryRow[];
  empty: string;
  readOnly?: boolean | undefined;
  onClose(): void;
  intro?: ComponentChildren;
}

/** "Geschiedenis": earlier versions, newest first, each with "Terugzetten". */
export function HistoryDialog({ title, rows, empty, readOnly, onClose, intro }: HistoryDialogProps) {
  const modal = useModalDialog(onClose);
  return (
    <ModalShell
      title={title}
      dialogRef={modal.dialogRef}
      headingRef={modal.headingRef}
      onCancel={modal.onCancel}
      onKeyDown={modal.onKeyDown}
      onCloseClick={modal.requestClose}
    >
      {intro}
      {rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ol class="app-history-list">
          {rows.map((row) => (
            <li key={row.key} class="app-history-list__item">
              <p class="app-history-list__meta" id={`history-${row.key}`}>{row.meta}</p>
              <p class="app-history-list__value">{row.value}</p>
              <button
                type="button"
                class="utrecht-button utrecht-button--secondary-action app-history-button"
                aria-describedby={`history-${row.key}`}
                disabled={readOnly}
                onClick={() => modal.finish(() => { row.restore(); onClose(); })}
              >
                Terugzetten
              </button>
            </li>
          ))}
        </ol>
      )}
    </ModalShell>
  );
}
