import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { flowAnswers } from '../../domain/form/flowchartFields.ts';
import { useDocVersion } from '../hooks/useDocVersion.ts';
import { FlowchartChapter } from './FlowchartChapter.tsx';

function Live({ doc }: { doc: Y.Doc }) {
  useDocVersion(doc);
  return <FlowchartChapter doc={doc} gesprekId="g1" readOnly={false} />;
}

describe('FlowchartChapter', () => {
  it('asks the next question only when needed and offers the route’s first chapter', async () => {
    const doc = new Y.Doc();
    render(<Live doc={doc} />);
    expect(screen.getAllByRole('radio')).toHaveLength(2); // only the first question's Ja and Nee

    fireEvent.click(screen.getByRole('radio', { name: 'Nee' }));
    expect(await screen.findByRole('group', { name: 'Inzicht in veiligheidsthema’s op de school?' })).toBeTruthy();
    fireEvent.click(screen.getAllByRole('radio', { name: 'Ja' })[1]!);
    fireEvent.click(screen.getAllByRole('radio', { name: 'Nee' })[2]!);

    expect(flowAnswers(doc)).toEqual({ kennismaking: 'nee', inzicht: 'ja', afspraken: 'nee' });
    expect(await screen.findByText('Uitkomst: Hoofdstuk 4 t/m 6.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Naar hoofdstuk 4' }).getAttribute('href')).toBe('#/gesprek/g1/h4');
    expect(screen.getByRole('img', { name: 'Stroomschema hoofdstuk 2' })).toBeTruthy();
  });
});
