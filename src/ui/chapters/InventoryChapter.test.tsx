import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { top3ThemeId } from '../../domain/form/themeFields.ts';
import { useDocVersion } from '../hooks/useDocVersion.ts';
import { InventoryChapter } from './InventoryChapter.tsx';

function Live({ doc }: { doc: Y.Doc }) {
  useDocVersion(doc);
  return <InventoryChapter doc={doc} readOnly={false} />;
}

const DIEFSTAL = 'Diefstal van bezittingen van leerlingen, personeel of de school';

describe('InventoryChapter', () => {
  it('offers only the chosen themes, own ones included, for the top 3', async () => {
    const doc = new Y.Doc();
    render(<Live doc={doc} />);
    fireEvent.click(screen.getByRole('checkbox', { name: DIEFSTAL }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ander thema' }));
    const own = await screen.findByLabelText('Ander thema 1');
    (own as HTMLInputElement).value = 'Drugsdealers bij het hek';
    fireEvent.input(own);

    const select = (await screen.findByLabelText('1.')) as HTMLSelectElement;
    const options = within(select).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Kies een thema', DIEFSTAL, 'Drugsdealers bij het hek']);

    fireEvent.change(select, { target: { value: select.options[2]!.value } });
    expect(top3ThemeId(doc, 1)).toMatch(/^eigen:/);
    expect(screen.getByRole('group', { name: DIEFSTAL })).toBeTruthy();
    expect(screen.getByLabelText(`Toelichting bij ${DIEFSTAL}`)).toBeTruthy();
  });
});
