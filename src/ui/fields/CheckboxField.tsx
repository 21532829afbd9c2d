import { useId } from 'preact/hooks';

interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  disabled?: boolean;
}

/** A checkbox with its label beside it; the whole row is a 44 px touch target. */
export function CheckboxField({ label, checked, onChange, disabled }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div class="utrecht-form-field utrecht-form-field--checkbox app-choice">
      <input
        id={id}
        type="checkbox"
        class="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label class="utrecht-form-label utrecht-form-label--checkbox" for={id}>{label}</label>
    </div>
  );
}
