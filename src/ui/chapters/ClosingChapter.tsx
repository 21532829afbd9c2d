import type * as Y from 'yjs';
import { chapterTitle } from '../../domain/guide/chapters.ts';
import { sectionById } from '../../domain/guide/sections.ts';
import { actieRows, addActie, actieIds } from '../../domain/form/actieFields.ts';
import { RemovedHistoryButton } from '../care/RemovedHistoryButton.tsx';
import { TextArea } from '../fields/TextArea.tsx';
import { SectionBlock } from '../gesprek/SectionBlock.tsx';
import { ActieRowFields } from './ActieRowFields.tsx';
import { CalendarButton } from './CalendarButton.tsx';
import { CloseGesprek } from './CloseGesprek.tsx';
import { PredecessorLink } from './PredecessorLink.tsx';
import { NextMeetingFields } from './NextMeetingFields.tsx';
import './cycle.css';

const section = sectionById('afronden');

/** Chapter 6: the first actions with who and when, the next meeting and a personal note. */
export function ClosingChapter({ doc, gesprekId, readOnly }: { doc: Y.Doc; gesprekId: string; readOnly: boolean }) {
  const rows = actieRows(doc);
  const add = () => {
    const id = addActie(doc);
    // Put the person straight into the new row's first field.
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`[data-field="action.${id}.actie"] input`)?.focus());
  };
  return (
    <div class="app-chapter">
      <h1 class="app-chapter__title">Hoofdstuk 6 {chapterTitle(6)}</h1>
      <PredecessorLink doc={doc} />
      <SectionBlock title="De eerste acties voor de komende tijd" intro={section.intro} questions={section.questions}>
        {rows.length === 0 && <p class="app-subtle">Nog geen acties.</p>}
        <ol class="app-action-list">
          {rows.map((row, i) => (
            <ActieRowFields key={row.id} doc={doc} row={row} number={i + 1} readOnly={readOnly} />
          ))}
        </ol>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" disabled={readOnly} onClick={add}>
          Actie toevoegen
        </button>
        <RemovedHistoryButton doc={doc} list="actions" present={actieIds(doc)} title="Verwijderde acties" readOnly={readOnly} />
      </SectionBlock>
      <SectionBlock title="Tot slot">
        <NextMeetingFields doc={doc} readOnly={readOnly} />
        <CalendarButton doc={doc} gesprekId={gesprekId} />
        <TextArea
          doc={doc}
          fieldKey="persoonlijkeNoot"
          label="Persoonlijke noot"
          description="Bijvoorbeeld wat u van de samenwerking verwacht."
          readOnly={readOnly}
        />
      </SectionBlock>
      <CloseGesprek doc={doc} gesprekId={gesprekId} readOnly={readOnly} />
    </div>
  );
}
