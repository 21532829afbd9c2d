import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type * as Y from 'yjs';
import type { TextKey } from '../../domain/form/fieldKeys.ts';
import { textField } from '../../domain/form/textFields.ts';
import { ConflictNotice } from '../care/ConflictNotice.tsx';
import { HistoryButton } from '../care/HistoryButton.tsx';
import { FieldLabel } from './FieldLabel.tsx';
import { useYTextBinding } from './useYTextBinding.ts';

interface TextFieldProps {
  doc: Y.Doc;
  fieldKey: TextKey;
  label: string;
  description?: string;
  type?: 'text' | 'tel' | 'email';
  autocomplete?: string;
  /** A gentle hint computed from the value; never blocks typing. */
  hintFor?: (value: string) => string | undefined;
  readOnly?: boolean;
  /** Extra controls beside the label, e.g. the "Inspiratie" button. */
  tools?: (input: () => HTMLInputElement | null, labelId: string) => ComponentChildren;
}

/** A one-line field bound to a Y.Text (NL Design System textbox). */
export function TextField({ doc, fieldKey, label, description, type = 'text', autocomplete, hintFor, readOnly, tools }: TextFieldProps) {
  const id = useId();
  const { ref, onInput, value } = useYTextBinding<HTMLInputElement>(textField(doc, fieldKey));
  const hint = hintFor?.(value);
  const describedBy = [description ? `${id}-desc` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return (
    <div class="utrecht-form-field utrecht-form-field--text app-field" data-field={fieldKey}>
      <FieldLabel id={id} label={label} description={description} tools={
          <>
            {tools?.(() => ref.current, `${id}-label`)}
            <HistoryButton doc={doc} field={fieldKey} label={label} labelId={`${id}-label`} readOnly={readOnly} />
          </>
        }
      />
      <ConflictNotice doc={doc} field={fieldKey} readOnly={readOnly} />
      <div class="utrecht-form-field__input">
        <input
          ref={ref}
          id={id}
          type={type}
          class="utrecht-textbox utrecht-textbox--html-input"
          autocomplete={autocomplete ?? 'off'}
          spellcheck={type === 'text'}
          aria-describedby={describedBy || undefined}
          readOnly={readOnly}
          onInput={onInput}
        />
      </div>
      {hint && (
        <p class="utrecht-form-field-description utrecht-form-field-description--warning app-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
