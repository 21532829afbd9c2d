import { useId } from 'preact/hooks';
import type * as Y from 'yjs';
import { sectionById } from '../../domain/guide/sections.ts';
import { AGREEMENT_FIELDS, agreementKey } from '../../domain/form/agreementFields.ts';
import type { Slot } from '../../domain/form/fieldKeys.ts';
import { allThemes, chosenThemes, setTop3, top3, top3ThemeId } from '../../domain/form/themeFields.ts';
import { InspiredTextArea } from '../fields/InspiredTextArea.tsx';
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
            <InspiredTextArea
              doc={doc}
              fieldKey={agreementKey(slot, field.part)}
              label={field.label}
              description={field.prompt}
              readOnly={readOnly}
              fieldKind={field.part}
              themeId={theme?.id}
              extraTools={field.part !== 'preventie' && <ReferenceButton topic="hoe-erg" />}
            />
          </FieldWithQuestions>
        );
      })}
    </section>
  );
}
