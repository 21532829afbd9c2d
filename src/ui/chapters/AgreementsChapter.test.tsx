import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setThemeSelected, setTop3 } from '../../domain/form/themeFields.ts';
import { useDocVersion } from '../hooks/useDocVersion.ts';
import { AgreementsChapter } from './AgreementsChapter.tsx';

function Live({ doc }: { doc: Y.Doc }) {
  useDocVersion(doc);
  return <AgreementsChapter doc={doc} readOnly={false} />;
}

function gesprek() {
  const doc = new Y.Doc();
  for (const t of ['pesten', 'diefstal', 'fraude']) setThemeSelected(doc, t, true);
  setTop3(doc, 1, 'fraude');
  return doc;
}

describe('chapter 4’s theme chooser', () => {
  it('names the top 3 first, then the other chosen themes, and shows one theme at a time', () => {
    render(<Live doc={gesprek()} />);
    const top = screen.getByRole('group', { name: 'Top 3' });
    expect(within(top).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Veiligheidsthema 1: Fraude',
      'Veiligheidsthema 2',
      'Veiligheidsthema 3',
    ]);
    const others = screen.getByRole('group', { name: 'Overige thema’s' });
    expect(within(others).getAllByRole('button').map((b) => b.textContent)).toEqual(['Pesten', 'Diefstal van bezittingen van leerlingen, personeel of de school']);
    expect(screen.getByRole('region', { name: 'Veiligheidsthema 1: Fraude' })).toBeTruthy();
    expect(screen.getAllByLabelText('Preventie')).toHaveLength(1);
    // The guide's 4.1–4.3 headings and intros head the three fields.
    expect(screen.getByRole('heading', { name: '4.1 Preventie van incidenten' })).toBeTruthy();
    expect(screen.getByText('Voorkomen is beter dan genezen.')).toBeTruthy();
  });

  it('writes another theme’s agreements under keys of its own and keeps the slot keys for the top 3', () => {
    const doc = gesprek();
    render(<Live doc={doc} />);
    fireEvent.click(screen.getByRole('button', { name: 'Diefstal van bezittingen van leerlingen, personeel of de school' }));
    const panel = screen.getByRole('region', { name: 'Diefstal van bezittingen van leerlingen, personeel of de school' });
    expect(screen.getByRole('button', { name: 'Diefstal van bezittingen van leerlingen, personeel of de school' }).getAttribute('aria-current')).toBe('true');
    const field = within(panel).getByLabelText('Preventie') as HTMLTextAreaElement;
    field.value = 'Kluisjes op slot';
    fireEvent.input(field);
    expect(doc.getText('afspraak.thema.diefstal.preventie').toString()).toBe('Kluisjes op slot');
    expect(doc.getText('afspraak.1.preventie').toString()).toBe('');
  });

  it('asks for a theme in an empty top-3 slot and names the incident in 4.4', () => {
    const doc = gesprek();
    render(<Live doc={doc} />);
    fireEvent.click(screen.getByRole('button', { name: 'Veiligheidsthema 2' }));
    const select = screen.getByLabelText('Thema voor veiligheidsthema 2') as HTMLSelectElement;
    expect((within(select).getByRole('option', { name: 'Fraude (al prioriteit 1)' }) as HTMLOptionElement).disabled).toBe(true);
    fireEvent.change(select, { target: { value: 'pesten' } });
    expect(screen.getByRole('region', { name: 'Veiligheidsthema 2: Pesten' })).toBeTruthy();
    expect(screen.getByLabelText('Om welk incident gaat het?')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Datum van het incident'), { target: { value: '2026-10-02' } });
    expect(doc.getMap('incident').get('datum')).toBe('2026-10-02');
  });

  it('shows the guide’s gloss of a theme above its agreements', () => {
    const doc = gesprek();
    setThemeSelected(doc, 'fysiek-geweld', true);
    render(<Live doc={doc} />);
    fireEvent.click(screen.getByRole('button', { name: 'Fysiek geweld' }));
    const panel = screen.getByRole('region', { name: 'Fysiek geweld' });
    expect(within(panel).getByText('Bijvoorbeeld: vechten, slaan, schoppen.')).toBeTruthy();
  });
});
