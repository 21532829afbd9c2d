import { useId } from 'preact/hooks';

interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  disabled?: boolean;
  /** A short line under the label, read out with it. */
  description?: string;
}

/** A checkbox with its label beside it; the whole row is a 44 px touch target. */
export function CheckboxField({ label, checked, onChange, disabled, description }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div class="utrecht-form-field utrecht-form-field--checkbox app-choice">
      <input
        id={id}
        type="checkbox"
        class="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
        checked={checked}
        disabled={disabled}
        aria-describedby={description ? `${id}-desc` : undefined}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label class="utrecht-form-label utrecht-form-label--checkbox" for={id}>{label}</label>
      {description && (
        <p class="utrecht-form-field-description app-choice__description" id={`${id}-desc`}>
          {description}
        </p>
      )}
    </div>
  );
}
