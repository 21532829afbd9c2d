import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildFullyFilledGesprek } from '../../domain/form/fixtures/fullyFilledGesprek.ts';
import { seedFollowUp } from '../../domain/form/followUp.ts';
import { readForm } from '../../domain/form/formSnapshot.ts';
import { useDocVersion } from '../hooks/useDocVersion.ts';
import { EvaluationChapter } from './EvaluationChapter.tsx';

function Live({ doc }: { doc: Y.Doc }) {
  useDocVersion(doc);
  return <EvaluationChapter doc={doc} readOnly={false} />;
}

describe('EvaluationChapter of a follow-up', () => {
  it('lists the previous agreements with "Nagekomen?" and a note, and links the previous gesprek', () => {
    const doc = new Y.Doc();
    seedFollowUp(doc, readForm(buildFullyFilledGesprek()), 'vorigGesprekAAAAAAAAAA', '2027-03-15');
    render(<Live doc={doc} />);
    const section = screen.getByRole('region', { name: 'Afspraken van het vorige gesprek' });
    expect(within(section).getByRole('link', { name: 'Vorig gesprek: 23 november 2026' }).getAttribute('href')).toBe('#/gesprek/vorigGesprekAAAAAAAAAA');
    expect(within(section).getByRole('heading', { name: 'Pesten' })).toBeTruthy();
    expect(within(section).getByText(/Mentoren bespreken pesten in de eerste lesweek/)).toBeTruthy();
    fireEvent.click(within(screen.getByRole('group', { name: 'Nagekomen? (Pesten)' })).getByRole('radio', { name: 'Deels' }));
    expect(readForm(doc).cycle.previousAgreements[0]?.nagekomen).toBe('deels');
    expect(within(section).getByLabelText('Toelichting bij Pesten')).toBeTruthy();
  });

  it('shows no such section in a gesprek that follows on from nothing', () => {
    render(<Live doc={buildFullyFilledGesprek()} />);
    expect(screen.queryByRole('region', { name: 'Afspraken van het vorige gesprek' })).toBeNull();
  });
});
