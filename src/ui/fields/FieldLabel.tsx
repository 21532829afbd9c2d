import type { ComponentChildren } from 'preact';

interface FieldLabelProps {
  /** The control's id; the label is `${id}-label`, the description `${id}-desc`. */
  id: string;
  label: string;
  description?: string | undefined;
  tools?: ComponentChildren;
}

/** Label above the field (with optional buttons beside it) and the invulformulier's prompt under it. */
export function FieldLabel({ id, label, description, tools }: FieldLabelProps) {
  return (
    <>
      <div class="utrecht-form-field__label app-field__label-row">
        <label class="utrecht-form-label" id={`${id}-label`} for={id}>{label}</label>
        {tools}
      </div>
      {description && <div class="utrecht-form-field-description" id={`${id}-desc`}>{description}</div>}
    </>
  );
}
