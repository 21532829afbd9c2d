import { useState } from 'preact/hooks';
import type * as Y from 'yjs';
import { themeHasAgreements } from '../../domain/form/agreementThemes.ts';
import { chapterTitle } from '../../domain/guide/chapters.ts';
import { sectionById } from '../../domain/guide/sections.ts';
import { PRIORITY_CRITERIA, SOURCES } from '../../domain/guide/sources.ts';
import { THEMES } from '../../domain/guide/themes.ts';
import { SLOTS } from '../../domain/form/fieldKeys.ts';
import {
  chosenThemes,
  isThemeSelected,
  OTHER_THEME_ID,
  ownThemeIds,
  addOwnTheme,
  setThemeSelected,
  setTop3,
  top3ThemeId,
  type ThemeRef,
} from '../../domain/form/themeFields.ts';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';
import { CheckboxField } from '../fields/CheckboxField.tsx';
import { SectionBlock } from '../gesprek/SectionBlock.tsx';
import { OwnThemes } from './OwnThemes.tsx';
import { ThemeDetails } from './ThemeDetails.tsx';
import { Top3Select } from './Top3Select.tsx';

const inventory = sectionById('thema-inventaris');
const priorities = sectionById('prioriteren');

function ReferenceList({ title, items }: { title: string; items: readonly string[] }) {
  return (
    <>
      <h3 class="app-guide__subtitle">{title}</h3>
      <ul class="app-guide__list">{items.map((item) => <li key={item}>{item}</li>)}</ul>
    </>
  );
}

/** Chapter 3: which themes play, where, and the top 3 to work out first. */
export function InventoryChapter({ doc, readOnly }: { doc: Y.Doc; readOnly: boolean }) {
  const chosen = chosenThemes(doc);
  const otherOn = isThemeSelected(doc, OTHER_THEME_ID);
  // Unticking a theme that already has agreements asks first, and says they are kept.
  const [untick, setUntick] = useState<{ id: string; names: string[] } | undefined>();
  const toggle = (id: string, on: boolean, themes: readonly ThemeRef[]) => {
    const withAgreements = on ? [] : themes.filter((t) => themeHasAgreements(doc, t.id)).map((t) => t.name);
    if (withAgreements.length > 0) setUntick({ id, names: withAgreements });
    else setThemeSelected(doc, id, on);
  };
  const toggleOther = (on: boolean) => {
    if (!on) return toggle(OTHER_THEME_ID, false, chosen.filter((t) => t.own));
    doc.transact(() => {
      setThemeSelected(doc, OTHER_THEME_ID, true);
      // Ticking "Ander thema" opens a name field right away; this is the user's act, not seeding.
      if (ownThemeIds(doc).length === 0) addOwnTheme(doc);
    });
  };
  return (
    <div class="app-chapter">
      <h1 class="app-chapter__title">Hoofdstuk 3 {chapterTitle(3)}</h1>
      <SectionBlock
        title={`${inventory.number} ${inventory.title}`}
        intro={inventory.intro}
        questions={inventory.questions}
        extra={<ReferenceList title="Mogelijke bronnen" items={SOURCES} />}
      >
        <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset app-fieldset">
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            Deze veiligheidsthema’s spelen op de school
          </legend>
          <div class="app-choice-grid">
            {THEMES.map((theme) => (
              <CheckboxField
                key={theme.id}
                label={theme.name}
                description={theme.examples}
                checked={isThemeSelected(doc, theme.id)}
                disabled={readOnly}
                onChange={(on) => toggle(theme.id, on, [{ id: theme.id, name: theme.name, own: false }])}
              />
            ))}
            <CheckboxField label="Ander thema" checked={otherOn} disabled={readOnly} onChange={toggleOther} />
          </div>
          {otherOn && <OwnThemes doc={doc} readOnly={readOnly} />}
        </fieldset>
        {chosen.map((theme) => (
          <ThemeDetails key={theme.id} doc={doc} theme={theme} readOnly={readOnly} />
        ))}
      </SectionBlock>
      <SectionBlock
        title={`${priorities.number} ${priorities.title}`}
        intro={priorities.intro}
        questions={priorities.questions}
        extra={<ReferenceList title="Kijk bijvoorbeeld naar thema’s met" items={PRIORITY_CRITERIA} />}
      >
        <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset app-fieldset">
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Top 3</legend>
          {chosen.length === 0 && <p class="app-subtle">Kies eerst hierboven de thema’s die spelen.</p>}
          {SLOTS.map((slot) => (
            <Top3Select
              key={slot}
              doc={doc}
              slot={slot}
              label={`Prioriteit ${slot}`}
              options={chosen}
              value={top3ThemeId(doc, slot)}
              disabled={readOnly}
              onChange={(id) => setTop3(doc, slot, id)}
            />
          ))}
        </fieldset>
      </SectionBlock>
      {untick && (
        <ConfirmDialog
          question={`${untick.names.join(', ')} uitvinken?`}
          detail={`Voor ${untick.names.join(', ')} staan al afspraken in hoofdstuk 4. Die blijven bewaard en blijven daar bij het thema staan, gemarkeerd als niet meer gekozen. Vinkt u het thema later weer aan, dan telt het weer volledig mee.`}
          confirmLabel="Uitvinken"
          onCancel={() => setUntick(undefined)}
          onConfirm={() => {
            setThemeSelected(doc, untick.id, false);
            setUntick(undefined);
          }}
        />
      )}
    </div>
  );
}
