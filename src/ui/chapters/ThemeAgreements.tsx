import type * as Y from 'yjs';
import { AGREEMENT_FIELDS } from '../../domain/form/agreementFields.ts';
import { agreementPartKey, ownerHasText, type AgreementOwner, type AgreementTheme } from '../../domain/form/agreementThemes.ts';
import { allThemes, chosenThemes, setTop3, top3ThemeId } from '../../domain/form/themeFields.ts';
import { themeById } from '../../domain/guide/themes.ts';
import { sectionById } from '../../domain/guide/sections.ts';
import { InspiredTextArea } from '../fields/InspiredTextArea.tsx';
import { FieldWithQuestions } from './FieldWithQuestions.tsx';
import { ReferenceButton } from './ReferenceButton.tsx';
import { agreementThemeTitle } from './ThemeChooser.tsx';
import { Top3Select } from './Top3Select.tsx';

interface ThemeAgreementsProps {
  doc: Y.Doc;
  entry: AgreementTheme;
  panelId: string;
  readOnly: boolean;
}

/** One theme's agreements: 4.1 prevention, 4.2 reaction and 4.3 handling, each with the guide's questions beside it. */
export function ThemeAgreements({ doc, entry, panelId, readOnly }: ThemeAgreementsProps) {
  const { owner, theme } = entry;
  const gloss = theme ? themeById(theme.id)?.examples : undefined;
  const chosen = chosenThemes(doc);
  const earlierOwnKeys = owner.kind === 'slot' && theme && ownerHasText(doc, { kind: 'theme', themeId: theme.id });
  return (
    <section id={panelId} class="app-section app-theme-panel" aria-labelledby={`${panelId}-title`}>
      <h2 id={`${panelId}-title`} class="app-section__title">{agreementThemeTitle(entry)}</h2>
      {gloss && <p class="app-section__intro">Bijvoorbeeld: {gloss}.</p>}
      {!entry.chosen && theme && (
        <div class="utrecht-alert utrecht-alert--info" role="note">
          {theme.name} is in hoofdstuk 3 niet meer aangevinkt. De afspraken blijven bewaard; vink het thema weer aan om het weer mee te laten tellen.
        </div>
      )}
      {owner.kind === 'slot' && !theme && (
        <Top3Select
          doc={doc}
          slot={owner.slot}
          label={`Thema voor veiligheidsthema ${owner.slot}`}
          options={chosen.length > 0 ? chosen : allThemes(doc)}
          value={top3ThemeId(doc, owner.slot)}
          disabled={readOnly}
          onChange={(id) => setTop3(doc, owner.slot, id)}
        />
      )}
      <AgreementFields doc={doc} owner={owner} themeId={theme?.id} readOnly={readOnly} />
      {earlierOwnKeys && (
        <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset app-fieldset app-theme-details">
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            Eerder bij {theme.name} onder Overige thema’s genoteerd
          </legend>
          <AgreementFields doc={doc} owner={{ kind: 'theme', themeId: theme.id }} themeId={theme.id} readOnly={readOnly} sectionHeadings={false} />
        </fieldset>
      )}
    </section>
  );
}

interface AgreementFieldsProps {
  doc: Y.Doc;
  owner: AgreementOwner;
  themeId: string | undefined;
  readOnly: boolean;
  sectionHeadings?: boolean;
}

function AgreementFields({ doc, owner, themeId, readOnly, sectionHeadings = true }: AgreementFieldsProps) {
  return (
    <>
      {AGREEMENT_FIELDS.map((field) => {
        const section = sectionById(field.section);
        const input = (
          <InspiredTextArea
            doc={doc}
            fieldKey={agreementPartKey(owner, field.part)}
            label={field.label}
            description={field.prompt}
            readOnly={readOnly}
            fieldKind={field.part}
            themeId={themeId}
            extraTools={field.part !== 'preventie' && <ReferenceButton topic="hoe-erg" />}
          />
        );
        return (
          <div key={field.part} class="app-agreement-part">
            {sectionHeadings && (
              <>
                <h3 class="app-agreement-part__title">{`${section.number} ${section.title}`}</h3>
                <p class="app-section__intro">{section.intro}</p>
              </>
            )}
            {sectionHeadings ? <FieldWithQuestions questions={section.questions}>{input}</FieldWithQuestions> : input}
          </div>
        );
      })}
    </>
  );
}
