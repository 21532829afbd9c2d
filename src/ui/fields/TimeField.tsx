import { useId } from 'preact/hooks';

interface TimeFieldProps {
  label: string;
  value: string;
  onChange(time: string): void;
  readOnly?: boolean;
}

/** A time picker (hh:mm underneath). */
export function TimeField({ label, value, onChange, readOnly }: TimeFieldProps) {
  const id = useId();
  return (
    <div class="utrecht-form-field utrecht-form-field--text app-field app-field--date">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>{label}</label>
      </div>
      <div class="utrecht-form-field__input">
        <input
          id={id}
          type="time"
          class="utrecht-textbox utrecht-textbox--html-input"
          value={value}
          readOnly={readOnly}
          onChange={(e) => onChange((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
    </div>
  );
}
