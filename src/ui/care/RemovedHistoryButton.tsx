import { useState } from 'preact/hooks';
import type * as Y from 'yjs';
import { removedItems, type RemovedItem } from '../../domain/care/history.ts';
import { restoreRemoved } from '../../domain/care/resolve.ts';
import { authorOfClient, formatMoment } from './careText.ts';
import { HistoryDialog } from './HistoryDialog.tsx';

interface RemovedHistoryButtonProps {
  doc: Y.Doc;
  list: RemovedItem['list'];
  /** The ids in the list now: those are not offered again. */
  present: readonly string[];
  title: string;
  readOnly?: boolean | undefined;
}

/** "Geschiedenis" of a list: removed actions or own themes, each with "Terugzetten". */
export function RemovedHistoryButton({ doc, list, present, title, readOnly }: RemovedHistoryButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" class="utrecht-button utrecht-button--subtle app-history-button" aria-label={`Geschiedenis: ${title}`} onClick={() => setOpen(true)}>
        Geschiedenis
      </button>
      {open && (
        <HistoryDialog
          title={title}
          rows={removedItems(doc, list, present).map((item) => ({
            key: item.id,
            meta: `Verwijderd door ${authorOfClient(doc, item.client)}, ${formatMoment(item.at)}`,
            value: item.label,
            restore: () => restoreRemoved(doc, item),
          }))}
          empty="Er is nog niets verwijderd."
          readOnly={readOnly}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
