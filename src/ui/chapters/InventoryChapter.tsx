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
  setThemeChosen,
  setTop3,
  themesHiddenByUnticking,
  top3ThemeId,
} from '../../domain/form/themeFields.ts';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';
import { CheckboxField } from '../fields/CheckboxField.tsx';
import { useRemoval } from '../gesprek/removalContext.ts';
import { SectionBlock } from '../gesprek/SectionBlock.tsx';
import { OwnThemes } from './OwnThemes.tsx';
import { ReferenceRow } from './ReferenceButton.tsx';
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
  const announceRemoval = useRemoval();
  // Unticking hides what was filled in for the theme: say so, and offer the way back (one undo step).
  const untickNow = (id: string, name: string) => {
    const set = (on: boolean) => setThemeChosen(doc, id, on);
    announceRemoval({ message: `Thema ${name} verwijderd`, remove: () => set(false), restore: () => set(true) });
  };
  // A theme that already has agreements asks first, and says they are kept.
  const [untick, setUntick] = useState<{ id: string; name: string; names: string[] } | undefined>();
  const toggle = (id: string, name: string, on: boolean) => {
    if (on) {
      setThemeChosen(doc, id, true);
      return;
    }
    const withAgreements = themesHiddenByUnticking(doc, id).filter((t) => themeHasAgreements(doc, t.id)).map((t) => t.name);
    if (withAgreements.length > 0) setUntick({ id, name, names: withAgreements });
    else untickNow(id, name);
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
        <ReferenceRow topics={['cyberpesten']} />
        <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset app-fieldset">
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            Deze veiligheidsthema’s spelen op de school
          </legend>
          <div class="app-choice-grid">
            {THEMES.map((theme) => (
              <CheckboxField
                key={theme.id}
                label={theme.name}
                description={[theme.examples, theme.fromBox].filter(Boolean).join(' · ') || undefined}
                checked={isThemeSelected(doc, theme.id)}
                disabled={readOnly}
                onChange={(on) => toggle(theme.id, theme.name, on)}
              />
            ))}
            <CheckboxField
              label="Ander thema"
              checked={otherOn}
              disabled={readOnly}
              onChange={(on) => toggle(OTHER_THEME_ID, 'Ander thema', on)}
            />
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
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            De top 3 van veiligheidsthema’s op dit moment is:
          </legend>
          {chosen.length === 0 && <p class="app-subtle">Kies eerst hierboven de thema’s die spelen.</p>}
          {SLOTS.map((slot) => (
            <Top3Select
              key={slot}
              doc={doc}
              slot={slot}
              label={`${slot}.`}
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
            untickNow(untick.id, untick.name);
            setUntick(undefined);
          }}
        />
      )}
    </div>
  );
}
