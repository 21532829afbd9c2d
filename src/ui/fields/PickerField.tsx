import { useId } from 'preact/hooks';
import type * as Y from 'yjs';
import { ConflictNotice } from '../care/ConflictNotice.tsx';
import { HistoryButton } from '../care/HistoryButton.tsx';

export interface PickerFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  readOnly?: boolean;
  /** The document and field id (`map#key`), for the conflict notice and "Geschiedenis". */
  care?: { doc: Y.Doc; field: string };
}

/** A native date or time picker: the tablet's own wheel or calendar, with the field's care around it. */
export function PickerField({ type, label, value, onChange, readOnly, care }: PickerFieldProps & { type: 'date' | 'time' }) {
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
          type={type}
          class="utrecht-textbox utrecht-textbox--html-input"
          value={value}
          readOnly={readOnly}
          onChange={(e) => onChange((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
    </div>
  );
}
