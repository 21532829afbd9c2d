import { useId } from 'preact/hooks';

interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  disabled?: boolean;
  /** A short explanation under the label (e.g. the guide's examples of a theme). */
  description?: string | undefined;
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
        aria-describedby={description ? `${id}-description` : undefined}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <div class="app-choice__text">
        <label class="utrecht-form-label utrecht-form-label--checkbox" for={id}>{label}</label>
        {description && (
          <span id={`${id}-description`} class="app-choice__description">{description}</span>
        )}
      </div>
    </div>
  );
}
