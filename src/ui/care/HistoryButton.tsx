import { useState } from 'preact/hooks';
import type * as Y from 'yjs';
import { fieldVersions } from '../../domain/care/history.ts';
import { restoreVersion } from '../../domain/care/resolve.ts';
import { authorOfClient, formatMoment, formatValue } from './careText.ts';
import { HistoryDialog, type HistoryRow } from './HistoryDialog.tsx';

interface HistoryButtonProps {
  doc: Y.Doc;
  field: string;
  label: string;
  labelId?: string | undefined;
  readOnly?: boolean | undefined;
}

/** "Geschiedenis" beside a field's label: its earlier versions, and "Terugzetten". */
export function HistoryButton({ doc, field, label, labelId, readOnly }: HistoryButtonProps) {
  const [open, setOpen] = useState(false);
  const rows = (): HistoryRow[] =>
    fieldVersions(doc, field).map((version, i) => ({
      key: `${version.client}-${version.at}-${i}`,
      meta: `${authorOfClient(doc, version.client)}, ${formatMoment(version.at)}`,
      value: formatValue(doc, field, version.value),
      restore: () => restoreVersion(doc, field, version.value),
    }));
  return (
    <>
      <button type="button" class="utrecht-button utrecht-button--subtle app-tool-button app-history-button" aria-describedby={labelId} onClick={() => setOpen(true)}>
        Geschiedenis
      </button>
      {open && (
        <HistoryDialog
          title={`Geschiedenis: ${label}`}
          rows={rows()}
          empty="Er zijn nog geen eerdere versies van dit veld."
          readOnly={readOnly}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
