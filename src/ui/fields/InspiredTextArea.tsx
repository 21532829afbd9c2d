import type { ComponentChildren } from 'preact';
import type * as Y from 'yjs';
import type { TextKey } from '../../domain/form/fieldKeys.ts';
import { textField } from '../../domain/form/textFields.ts';
import type { InspirationFieldKind } from '../../domain/inspiration/fieldPhases.ts';
import { InspirationButton } from './InspirationButton.tsx';
import { TextArea } from './TextArea.tsx';

interface InspiredTextAreaProps {
  doc: Y.Doc;
  fieldKey: TextKey;
  label: string;
  description?: string;
  readOnly: boolean;
  fieldKind: InspirationFieldKind;
  themeId?: string | undefined;
  /** More buttons before "Inspiratie", e.g. "Hoe erg is het?". */
  extraTools?: ComponentChildren;
}

/** An agreement field: a growing textarea with "Inspiratie" beside its label. */
export function InspiredTextArea({ doc, fieldKey, label, description, readOnly, fieldKind, themeId, extraTools }: InspiredTextAreaProps) {
  return (
    <TextArea
      doc={doc}
      fieldKey={fieldKey}
      label={label}
      readOnly={readOnly}
      {...(description ? { description } : {})}
      tools={(element, labelId) => (
        <span class="app-tools">
          {extraTools}
          <InspirationButton
            fieldLabel={label}
            fieldKind={fieldKind}
            themeId={themeId}
            text={textField(doc, fieldKey)}
            field={element}
            labelId={labelId}
            disabled={readOnly}
          />
        </span>
      )}
    />
  );
}
