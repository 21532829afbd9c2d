import { useId } from 'preact/hooks';
import type * as Y from 'yjs';
import { sectionById } from '../../domain/guide/sections.ts';
import { AGREEMENT_FIELDS, agreementKey } from '../../domain/form/agreementFields.ts';
import type { Slot } from '../../domain/form/fieldKeys.ts';
import { allThemes, chosenThemes, setTop3, top3, top3ThemeId } from '../../domain/form/themeFields.ts';
import { InspirationButton } from '../fields/InspirationButton.tsx';
import { TextArea } from '../fields/TextArea.tsx';
import { textField } from '../../domain/form/textFields.ts';
import { ReferenceButton } from './ReferenceButton.tsx';
import { FieldWithQuestions } from './FieldWithQuestions.tsx';
import { ThemeSelect } from './ThemeSelect.tsx';

/** "Veiligheidsthema N: <thema>" with its prevention, reaction and handling agreements. */
export function SlotAgreements({ doc, slot, readOnly }: { doc: Y.Doc; slot: Slot; readOnly: boolean }) {
  const headingId = useId();
  const theme = top3(doc)[slot - 1];
  const chosen = chosenThemes(doc);
  return (
    <section class="app-section" aria-labelledby={headingId}>
      <h2 id={headingId} class="app-section__title">
        Veiligheidsthema {slot}{theme ? `: ${theme.name}` : ''}
      </h2>
      {!theme && (
        <ThemeSelect
          label={`Thema voor veiligheidsthema ${slot}`}
          options={chosen.length > 0 ? chosen : allThemes(doc)}
          value={top3ThemeId(doc, slot)}
          disabled={readOnly}
          onChange={(id) => setTop3(doc, slot, id)}
        />
      )}
      {AGREEMENT_FIELDS.map((field) => {
        const section = sectionById(field.section);
        return (
          <FieldWithQuestions key={field.part} questions={section.questions}>
            <TextArea
              doc={doc}
              fieldKey={agreementKey(slot, field.part)}
              label={field.label}
              description={field.prompt}
              readOnly={readOnly}
              tools={(element, labelId) => (
                <span class="app-tools">
                  {field.part !== 'preventie' && <ReferenceButton topic="hoe-erg" />}
                  <InspirationButton
                    fieldLabel={field.label}
                    fieldKind={field.part}
                    themeId={theme?.id}
                    text={textField(doc, agreementKey(slot, field.part))}
                    field={element}
                labelId={labelId}
                    disabled={readOnly}
                  />
                </span>
              )}
            />
          </FieldWithQuestions>
        );
      })}
    </section>
  );
}
