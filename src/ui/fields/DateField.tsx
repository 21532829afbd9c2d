import { useId } from 'preact/hooks';
import type * as Y from 'yjs';
import { ConflictNotice } from '../care/ConflictNotice.tsx';
import { HistoryButton } from '../care/HistoryButton.tsx';

interface DateFieldProps {
  label: string;
  value: string;
  onChange(isoDate: string): void;
  readOnly?: boolean;
  /** The document and field id (`map#key`), for the conflict notice and "Geschiedenis". */
  care?: { doc: Y.Doc; field: string };
}

/** A date picker (yyyy-mm-dd underneath, shown in the tablet's Dutch format). */
export function DateField({ label, value, onChange, readOnly, care }: DateFieldProps) {
  const id = useId();
  return (
    <div class="utrecht-form-field utrecht-form-field--text app-field app-field--date" data-field={care?.field}>
      <div class="utrecht-form-field__label app-field__label-row">
        <label class="utrecht-form-label" id={`${id}-label`} for={id}>{label}</label>
        {care && <HistoryButton doc={care.doc} field={care.field} label={label} labelId={`${id}-label`} readOnly={readOnly} />}
      </div>
      {care && <ConflictNotice doc={care.doc} field={care.field} readOnly={readOnly} />}
      <div class="utrecht-form-field__input">
        <input
          id={id}
          type="date"
          class="utrecht-textbox utrecht-textbox--html-input"
          value={value}
          readOnly={readOnly}
          onChange={(e) => onChange((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
    </div>
  );
}
