import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { readFieldValue } from '../../domain/care/fieldIds.ts';
import { NEXT_MEETING_TIME_FIELD } from '../../domain/form/actieFields.ts';
import { INCIDENT_DATE_FIELD } from '../../domain/form/incidentFields.ts';
import { useDocVersion } from '../hooks/useDocVersion.ts';
import { TimeField } from '../fields/TimeField.tsx';
import { ChoiceConflicts } from './ChoiceConflicts.tsx';
import { sectionOfField } from './fieldSection.ts';
import { conflictedPair } from './testing/conflictedPair.ts';

function Live({ doc, children }: { doc: Y.Doc; children: () => preact.ComponentChildren }) {
  useDocVersion(doc);
  return <>{children()}</>;
}

const notice = () => screen.getByRole('group', { name: /^Beide tablets hebben dit veld gewijzigd/ });
const versions = () => within(notice()).getAllByRole('listitem').map((li) => li.querySelector('.app-conflict__value')?.textContent);

describe('conflicts on choices', () => {
  it('a top-3 place chosen differently apart shows both themes by name, not by id', () => {
    const pair = conflictedPair('top3#1', 'pesten', 'wapens', 'fysiek-geweld');
    render(<ChoiceConflicts doc={pair.a.doc} section="h3" readOnly={false} />);
    expect(screen.getByText('Top 3, plaats 1')).toBeTruthy();
    expect(versions()).toEqual(['Pesten', 'Wapenbezit en -gebruik']);
  });

  it('"Nagekomen?" answered differently apart is shown in chapter 5 with the theme and the answers', () => {
    const pair = conflictedPair('agreementReview#a1', 'ja', 'deels', 'nee', (p) =>
      p.a.doc.getArray('previousAgreements').push([{ id: 'a1', theme: 'Pesten', parts: { preventie: 'Lessen', reageren: '', afhandelen: '' } }]),
    );
    expect(sectionOfField('agreementReview#a1')).toBe('h5');
    render(<Live doc={pair.a.doc}>{() => <ChoiceConflicts doc={pair.a.doc} section="h5" readOnly={false} />}</Live>);
    expect(screen.getByText('Nagekomen? (Pesten)')).toBeTruthy();
    expect(versions()).toEqual(['Ja', 'Deels']);
    fireEvent.click(within(notice()).getAllByRole('button', { name: 'Deze versie houden' })[1]!);
    expect(readFieldValue(pair.b.doc, 'agreementReview#a1')).toBe('deels');
    expect(screen.queryByRole('group', { name: /^Beide tablets/ })).toBeNull();
  });
});

describe('conflicts on dates and times outside chapter 6', () => {
  it('the next meeting time shows both times in its own field', () => {
    const pair = conflictedPair(NEXT_MEETING_TIME_FIELD, '09:30', '14:00', '10:00');
    const doc = pair.a.doc;
    render(
      <Live doc={doc}>
        {() => <TimeField label="Tijd" value={String(readFieldValue(doc, NEXT_MEETING_TIME_FIELD))} onChange={() => undefined} care={{ doc, field: NEXT_MEETING_TIME_FIELD }} />}
      </Live>,
    );
    expect(versions()).toEqual(['09:30', '14:00']);
  });

  it('the incident date leads to chapter 4, where its field is', () => {
    expect(sectionOfField(INCIDENT_DATE_FIELD)).toBe('h4');
  });
});
