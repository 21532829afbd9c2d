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

describe('InventoryChapter’s top 3 and unticking', () => {
  it('refuses a theme twice in the top 3: held themes are disabled elsewhere', async () => {
    const doc = new Y.Doc();
    render(<Live doc={doc} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Pesten' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Fraude' }));
    fireEvent.change(await screen.findByLabelText('1.'), { target: { value: 'pesten' } });
    const second = (await screen.findByLabelText('2.')) as HTMLSelectElement;
    const pesten = within(second).getByRole('option', { name: 'Pesten (al prioriteit 1)' }) as HTMLOptionElement;
    expect(pesten.disabled).toBe(true);
    expect((within(second).getByRole('option', { name: 'Fraude' }) as HTMLOptionElement).disabled).toBe(false);
  });

  it('asks before unticking a theme with agreements, says they are kept, and unticks only on confirm', async () => {
    const doc = new Y.Doc();
    doc.getMap('themes').set('diefstal', true);
    doc.getText('afspraak.thema.diefstal.preventie').insert(0, 'Kluisjes');
    render(<Live doc={doc} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Diefstal van bezittingen van leerlingen, personeel of de school' }));
    const dialog = await screen.findByRole('dialog', { name: 'Diefstal van bezittingen van leerlingen, personeel of de school uitvinken?' });
    expect(dialog.textContent).toContain('blijven bewaard');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(doc.getMap('themes').get('diefstal')).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Diefstal van bezittingen van leerlingen, personeel of de school' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Uitvinken' }));
    expect(doc.getMap('themes').get('diefstal')).toBe(false);
  });

  it('unticks a theme without agreements at once, and shows the guide’s examples for a theme', () => {
    const doc = new Y.Doc();
    render(<Live doc={doc} />);
    const fysiek = screen.getByRole('checkbox', { name: 'Fysiek geweld' });
    expect(fysiek.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('vechten, slaan, schoppen')).toBeTruthy();
    fireEvent.click(fysiek);
    fireEvent.click(fysiek);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(doc.getMap('themes').get('fysiek-geweld')).toBe(false);
  });
});
