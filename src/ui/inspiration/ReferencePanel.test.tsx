import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { ReferencePanel } from './ReferencePanel.tsx';

afterEach(cleanup);

describe('ReferencePanel', () => {
  it('shows the fasekaartje as a table with column and row headers', () => {
    render(<ReferencePanel topic="hoe-erg" onClose={() => {}} />);
    expect(screen.getByRole('dialog', { name: 'Hoe erg is het?' })).toBeTruthy();
    const table = screen.getByRole('table', { name: /Fasekaartje/ });
    const columns = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    expect(columns).toEqual([
      'Ernst van de problematiek',
      'Schoolproblemen',
      'School- en maatschappelijke problemen',
      'Maatschappelijke problemen',
    ]);
    for (const th of within(table).getAllByRole('columnheader')) expect(th.getAttribute('scope')).toBe('col');
    const rows = within(table).getAllByRole('rowheader');
    for (const th of rows) expect(th.getAttribute('scope')).toBe('row');
    const rowNames = rows.map((th) => th.textContent ?? '');
    expect(rowNames.filter((n) => n.startsWith('Fase '))).toHaveLength(3);
    expect(rowNames).toContain('Bedreigende factoren (fase 2)');
    expect(rowNames).toContain('Beschermende factoren (fase 3)');
    expect(rowNames).toContain('Grens aan fase 1 (fase 1)');
  });

  it('lists the first signals and names NJi as the source, URL as plain text', () => {
    render(<ReferencePanel topic="hoe-erg" onClose={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Eerste signalen in en om de school' })).toBeTruthy();
    expect(screen.getByText('verzuim')).toBeTruthy();
    expect(screen.getByText(/Nederlands Jeugdinstituut/)).toBeTruthy();
    expectOnlyOutsideLinks(screen.getByRole('dialog'));
  });

  it.each([
    ['wetgeving', 'Landelijke afspraken en wetgeving', /Wet Veiligheid op school/],
    ['privacy', 'Informatie-uitwisseling en privacy', /AVG/],
    ['calamiteiten', 'Calamiteiten', /calamiteitenteam/],
    ['cyberpesten', 'Cyberpesten', /kader/],
    ['bronnen', 'Bronnen en naslagwerk', /Jongerenrechtbanken/],
  ] as const)('shows the %s panel with its sources, linked to open outside the app', (topic, title, text) => {
    render(<ReferencePanel topic={topic} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: title });
    expect(within(dialog).getAllByText(text).length).toBeGreaterThan(0);
    expect(within(dialog).getByRole('heading', { name: 'Bronnen' })).toBeTruthy();
    expectOnlyOutsideLinks(dialog);
    expect(dialog.querySelectorAll('img, iframe, script, link')).toHaveLength(0);
  });

  it('closes with "Sluiten" and with Escape', () => {
    const onClose = vi.fn();
    render(<ReferencePanel topic="privacy" onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Sluiten' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    cleanup();
    const onEscape = vi.fn();
    render(<ReferencePanel topic="privacy" onClose={onEscape} />);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onEscape).toHaveBeenCalledTimes(1);
  });
});

/** Addresses are links a person taps; they open a new tab without a referrer, and the app loads nothing itself. */
function expectOnlyOutsideLinks(dialog: HTMLElement): void {
  const links = within(dialog).queryAllByRole('link');
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) {
    expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  }
}
