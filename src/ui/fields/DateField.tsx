import { useId } from 'preact/hooks';

interface DateFieldProps {
  label: string;
  value: string;
  onChange(isoDate: string): void;
  readOnly?: boolean;
}

/** A date picker (yyyy-mm-dd underneath, shown in the tablet's Dutch format). */
export function DateField({ label, value, onChange, readOnly }: DateFieldProps) {
  const id = useId();
  return (
    <div class="utrecht-form-field utrecht-form-field--text app-field app-field--date">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>{label}</label>
      </div>
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
