import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actieRows } from '../../domain/form/actieFields.ts';
import { readNextMeeting } from '../../domain/form/cycleSnapshot.ts';
import { useDocVersion } from '../hooks/useDocVersion.ts';
import { ClosingChapter } from './ClosingChapter.tsx';

function Live({ doc }: { doc: Y.Doc }) {
  useDocVersion(doc);
  return <ClosingChapter doc={doc} gesprekId="g1" readOnly={false} />;
}

describe('ClosingChapter', () => {
  it('adds action rows with Actie, Door wie? and Wanneer?, and removes one', async () => {
    const doc = new Y.Doc();
    render(<Live doc={doc} />);
    fireEvent.click(screen.getByRole('button', { name: 'Actie toevoegen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Actie toevoegen' }));
    const when = (await screen.findAllByLabelText('Wanneer?'))[1] as HTMLInputElement;
    fireEvent.change(when, { target: { value: '2027-01-15' } });
    expect(actieRows(doc).map((r) => r.wanneer)).toEqual(['', '2027-01-15']);
    expect(screen.getAllByLabelText('Door wie?')).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Actie 1 verwijderen' }));
    expect(actieRows(doc).map((r) => r.wanneer)).toEqual(['2027-01-15']);
  });
});

describe('ClosingChapter: who, the next meeting and the calendar', () => {
  it('fills "Door wie?" with a quick choice and marks it pressed; free text stays possible', async () => {
    const doc = new Y.Doc();
    render(<Live doc={doc} />);
    fireEvent.click(screen.getByRole('button', { name: 'Actie toevoegen' }));
    const who = (await screen.findByLabelText('Door wie?')) as HTMLInputElement;
    fireEvent.click(screen.getByRole('button', { name: 'Politie' }));
    const id = actieRows(doc)[0]!.id;
    expect(doc.getText(`action.${id}.doorWie`).toString()).toBe('Politie');
    expect(await screen.findByRole('button', { name: 'Politie', pressed: true })).toBeTruthy();
    expect(who.value).toBe('Politie');
    fireEvent.click(screen.getByRole('button', { name: 'Samen' }));
    expect(doc.getText(`action.${id}.doorWie`).toString()).toBe('Samen');
    expect(screen.getByRole('button', { name: 'Politie', pressed: false })).toBeTruthy();
  });

  it('records date, time, place and "Wat gaan we dan doen?" of the next meeting', () => {
    const doc = new Y.Doc();
    render(<Live doc={doc} />);
    const meeting = screen.getByRole('group', { name: 'Volgende afspraak' });
    fireEvent.change(within(meeting).getByLabelText('Datum'), { target: { value: '2027-03-15' } });
    fireEvent.change(within(meeting).getByLabelText('Tijd'), { target: { value: '14:30' } });
    expect(readNextMeeting(doc)).toMatchObject({ datum: '2027-03-15', tijd: '14:30' });
    expect(doc.getMap('afronden').get('volgendeAfspraak')).toBe('2027-03-15');
    expect(within(meeting).getByLabelText('Plaats')).toBeTruthy();
    expect(within(meeting).getByLabelText('Wat gaan we dan doen?')).toBeTruthy();
  });

  it('says what is missing when nothing has a date yet, instead of an empty calendar file', () => {
    render(<Live doc={new Y.Doc()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Agenda (.ics)' }));
    expect(screen.getByRole('alert').textContent).toContain('Er is nog niets voor de agenda');
  });
});
