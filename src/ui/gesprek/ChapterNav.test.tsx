import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ChapterNav } from './ChapterNav.tsx';

describe('ChapterNav', () => {
  it('lists Contactpersonen, chapter 2 and the route’s chapters, marking the current one', () => {
    render(<ChapterNav gesprekId="g1" current="h5" route={[5, 6]} />);
    const nav = screen.getByRole('navigation', { name: 'Onderdelen van het gesprek' });
    const names = within(nav).getAllByRole('link').map((a) => a.textContent);
    expect(names).toEqual(['Contactpersonen', 'Hoofdstuk 2 Het gesprek beginnen', 'Hoofdstuk 5 Evaluatie van de samenwerking', 'Hoofdstuk 6 Afronden']);
    expect(within(nav).getByRole('link', { name: /^Hoofdstuk 5/ }).getAttribute('aria-current')).toBe('page');
  });

  it('adds the chapters outside the route only after "Alle hoofdstukken tonen", marked so', () => {
    render(<ChapterNav gesprekId="g1" current="h6" route={[6]} />);
    expect(screen.queryByRole('link', { name: /^Hoofdstuk 3/ })).toBeNull();
    fireEvent.click(screen.getByRole('switch', { name: 'Alle hoofdstukken tonen' }));
    const outside = screen.getAllByRole('link', { name: /buiten de route/ }).map((a) => a.textContent);
    expect(outside).toEqual([
      'Hoofdstuk 3 Inventarisatie van de veiligheid (buiten de route)',
      'Hoofdstuk 4 Afspraken maken (buiten de route)',
      'Hoofdstuk 5 Evaluatie van de samenwerking (buiten de route)',
    ]);
  });
});

describe('ChapterNav with every chapter shown', () => {
  it('keeps the guide’s order, chapters outside the route marked in their place', () => {
    render(<ChapterNav gesprekId="g1" current="h2" route={[4, 6]} />);
    fireEvent.click(screen.getByRole('switch', { name: 'Alle hoofdstukken tonen' }));
    const names = screen.getAllByRole('link').map((a) => a.textContent);
    expect(names).toEqual([
      'Contactpersonen',
      'Hoofdstuk 2 Het gesprek beginnen',
      'Hoofdstuk 3 Inventarisatie van de veiligheid (buiten de route)',
      'Hoofdstuk 4 Afspraken maken',
      'Hoofdstuk 5 Evaluatie van de samenwerking (buiten de route)',
      'Hoofdstuk 6 Afronden',
    ]);
  });
});
