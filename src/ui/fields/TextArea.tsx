import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type * as Y from 'yjs';
import type { TextKey } from '../../domain/form/fieldKeys.ts';
import { textField } from '../../domain/form/textFields.ts';
import { ConflictNotice } from '../care/ConflictNotice.tsx';
import { HistoryButton } from '../care/HistoryButton.tsx';
import { FieldLabel } from './FieldLabel.tsx';
import { useYTextBinding } from './useYTextBinding.ts';

interface TextAreaProps {
  doc: Y.Doc;
  fieldKey: TextKey;
  label: string;
  description?: string;
  readOnly?: boolean;
  /** Extra controls under the label, e.g. the "Inspiratie" button. */
  tools?: (textarea: () => HTMLTextAreaElement | null, labelId: string) => ComponentChildren;
}

/** A multi-line field bound to a Y.Text; it grows with its text. */
export function TextArea({ doc, fieldKey, label, description, readOnly, tools }: TextAreaProps) {
  const id = useId();
  const { ref, onInput } = useYTextBinding<HTMLTextAreaElement>(textField(doc, fieldKey));
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
        <textarea
          ref={ref}
          id={id}
          class="utrecht-textarea utrecht-textarea--html-textarea app-textarea"
          rows={3}
          aria-describedby={description ? `${id}-desc` : undefined}
          readOnly={readOnly}
          onInput={onInput}
        />
      </div>
    </div>
  );
}
