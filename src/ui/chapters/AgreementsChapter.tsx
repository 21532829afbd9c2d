import type * as Y from 'yjs';
import { chapterTitle } from '../../domain/guide/chapters.ts';
import { EXISTING_AGREEMENTS } from '../../domain/guide/existingAgreements.ts';
import { sectionById } from '../../domain/guide/sections.ts';
import { GEVOLGEN_LABEL, GEVOLGEN_PROMPT, INCIDENT_EVALUATION_FIELDS } from '../../domain/form/agreementFields.ts';
import { isGevolgChecked, setGevolgChecked } from '../../domain/form/checklistFields.ts';
import { SLOTS } from '../../domain/form/fieldKeys.ts';
import { CheckboxField } from '../fields/CheckboxField.tsx';
import { InspiredTextArea } from '../fields/InspiredTextArea.tsx';
import { ReferenceRow } from './ReferenceButton.tsx';
import { SectionBlock } from '../gesprek/SectionBlock.tsx';
import { SlotAgreements } from './SlotAgreements.tsx';

const evaluation = sectionById('evaluatie-incidenten');
const consequences = sectionById('gevolgen');

/** Chapter 4: agreements per top-3 theme, then incident evaluation (4.4) and consequences (4.5). */
export function AgreementsChapter({ doc, readOnly }: { doc: Y.Doc; readOnly: boolean }) {
  return (
    <div class="app-chapter">
      <h1 class="app-chapter__title">Hoofdstuk 4 {chapterTitle(4)}</h1>
      <p class="app-section__intro">
        Maak per veiligheidsthema afspraken over preventie, de reactie op een incident en de afhandeling ervan. Begin met de top 3.
      </p>
      <ReferenceRow topics={['hoe-erg', 'wetgeving', 'privacy', 'calamiteiten']} />
      {SLOTS.map((slot) => (
        <SlotAgreements key={slot} doc={doc} slot={slot} readOnly={readOnly} />
      ))}
      <SectionBlock title={`${evaluation.number} ${evaluation.title}`} intro="Als er een incident is geweest:" questions={evaluation.questions}>
        {INCIDENT_EVALUATION_FIELDS.map((field) => (
          <InspiredTextArea
            key={field.key}
            doc={doc}
            fieldKey={field.key}
            label={field.label}
            description={field.hint}
            readOnly={readOnly}
            fieldKind="evaluatie-incidenten"
          />
        ))}
      </SectionBlock>
      <SectionBlock title={`${consequences.number} ${consequences.title}`} intro={consequences.intro} questions={consequences.questions}>
        <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset app-fieldset">
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            Vergelijken met bestaande afspraken
          </legend>
          {EXISTING_AGREEMENTS.map((item) => (
            <CheckboxField
              key={item.id}
              label={item.label}
              checked={isGevolgChecked(doc, item.id)}
              disabled={readOnly}
              onChange={(on) => setGevolgChecked(doc, item.id, on)}
            />
          ))}
        </fieldset>
        <InspiredTextArea
          doc={doc}
          fieldKey="gevolgen.tekst"
          label={GEVOLGEN_LABEL}
          description={GEVOLGEN_PROMPT}
          readOnly={readOnly}
          fieldKind="gevolgen"
        />
      </SectionBlock>
    </div>
  );
}
