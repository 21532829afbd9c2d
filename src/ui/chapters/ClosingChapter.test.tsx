import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actionRows } from '../../domain/form/actionFields.ts';
import { useDocVersion } from '../hooks/useDocVersion.ts';
import { ClosingChapter } from './ClosingChapter.tsx';

function Live({ doc }: { doc: Y.Doc }) {
  useDocVersion(doc);
  return <ClosingChapter doc={doc} readOnly={false} />;
}

describe('ClosingChapter', () => {
  it('adds action rows with Actie, Door wie? and Wanneer?, and removes one', async () => {
    const doc = new Y.Doc();
    render(<Live doc={doc} />);
    fireEvent.click(screen.getByRole('button', { name: 'Actie toevoegen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Actie toevoegen' }));
    const when = (await screen.findAllByLabelText('Wanneer?'))[1] as HTMLInputElement;
    fireEvent.change(when, { target: { value: '2027-01-15' } });
    expect(actionRows(doc).map((r) => r.wanneer)).toEqual(['', '2027-01-15']);
    expect(screen.getAllByLabelText('Door wie?')).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Actie 1 verwijderen' }));
    expect(actionRows(doc).map((r) => r.wanneer)).toEqual(['2027-01-15']);
  });
});
