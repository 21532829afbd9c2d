import { useId } from 'preact/hooks';

interface RadioGroupProps<V extends string> {
  legend: string;
  options: ReadonlyArray<{ value: V; label: string }>;
  value: V | undefined;
  onChange(value: V): void;
  disabled?: boolean;
}

/** A fieldset of radio buttons whose legend is the question. */
export function RadioGroup<V extends string>({ legend, options, value, onChange, disabled }: RadioGroupProps<V>) {
  const name = useId();
  return (
    <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset app-fieldset app-radio-group">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      <div class="app-radio-group__options">
        {options.map((option) => (
          <div key={option.value} class="utrecht-form-field utrecht-form-field--radio app-choice">
            <input
              id={`${name}-${option.value}`}
              type="radio"
              name={name}
              class="utrecht-radio-button utrecht-radio-button--html-input utrecht-radio-button--custom"
              checked={value === option.value}
              disabled={disabled}
              onChange={() => onChange(option.value)}
            />
            <label class="utrecht-form-label utrecht-form-label--radio" for={`${name}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
