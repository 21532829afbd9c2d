import { useState } from 'preact/hooks';
import type * as Y from 'yjs';
import { chapterTitle } from '../../domain/guide/chapters.ts';
import { EXISTING_AGREEMENTS } from '../../domain/guide/existingAgreements.ts';
import { sectionById } from '../../domain/guide/sections.ts';
import { GEVOLGEN_LABEL, GEVOLGEN_PROMPT, INCIDENT_EVALUATION_FIELDS } from '../../domain/form/agreementFields.ts';
import { otherAgreementThemes, top3AgreementThemes } from '../../domain/form/agreementThemes.ts';
import { isGevolgChecked, setGevolgChecked } from '../../domain/form/checklistFields.ts';
import { incidentDate, INCIDENT_DATE_FIELD, INCIDENT_DATE_LABEL, INCIDENT_NAME_KEY, INCIDENT_NAME_LABEL, setIncidentDate } from '../../domain/form/incidentFields.ts';
import { CheckboxField } from '../fields/CheckboxField.tsx';
import { DateField } from '../fields/DateField.tsx';
import { InspiredTextArea } from '../fields/InspiredTextArea.tsx';
import { TextField } from '../fields/TextField.tsx';
import { ReferenceRow } from './ReferenceButton.tsx';
import { SectionBlock } from '../gesprek/SectionBlock.tsx';
import { ThemeAgreements } from './ThemeAgreements.tsx';
import { agreementThemeId, ThemeChooser } from './ThemeChooser.tsx';

const evaluation = sectionById('evaluatie-incidenten');
const consequences = sectionById('gevolgen');
const PANEL_ID = 'theme-agreements';

/** Chapter 4: agreements for one theme at a time (top 3, then the others), then 4.4 and 4.5. */
export function AgreementsChapter({ doc, readOnly }: { doc: Y.Doc; readOnly: boolean }) {
  const top = top3AgreementThemes(doc);
  // A theme moved into the top 3 shows its earlier agreements within its slot, not twice.
  const others = otherAgreementThemes(doc).filter((a) => !a.inTop3);
  const entries = [...top, ...others];
  const [selected, setSelected] = useState(agreementThemeId(top[0]!));
  // The chosen theme may vanish (unticked on the other tablet): fall back to the first.
  const current = entries.find((e) => agreementThemeId(e) === selected) ?? top[0]!;
  return (
    <div class="app-chapter">
      <h1 class="app-chapter__title">Hoofdstuk 4 {chapterTitle(4)}</h1>
      <p class="app-section__intro">
        Maak voor ieder veiligheidsthema afspraken over preventie, de reactie op een incident en de afhandeling ervan. Begin met de top 3; kies hieronder het thema.
      </p>
      <ReferenceRow topics={['hoe-erg', 'wetgeving', 'privacy', 'calamiteiten']} />
      <ThemeChooser top3={top} others={others} selected={agreementThemeId(current)} panelId={PANEL_ID} onSelect={setSelected} />
      <ThemeAgreements key={agreementThemeId(current)} doc={doc} entry={current} panelId={PANEL_ID} readOnly={readOnly} />
      <SectionBlock title={`${evaluation.number} ${evaluation.title}`} intro={evaluation.intro} questions={evaluation.questions}>
        <p class="app-subtle">Als er een incident is geweest:</p>
        <TextField doc={doc} fieldKey={INCIDENT_NAME_KEY} label={INCIDENT_NAME_LABEL} readOnly={readOnly} />
        <DateField label={INCIDENT_DATE_LABEL} value={incidentDate(doc)} readOnly={readOnly} onChange={(date) => setIncidentDate(doc, date)} care={{ doc, field: INCIDENT_DATE_FIELD }} />
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
