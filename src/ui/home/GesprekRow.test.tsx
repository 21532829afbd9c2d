import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { GesprekRecord } from '../../storage/db.ts';
import { GesprekRow } from './GesprekRow.tsx';

const record: GesprekRecord = {
  id: 'g1',
  schoolName: 'Het Øster College',
  date: '2026-11-23',
  routeLabel: 'Hoofdstuk 3 t/m 6',
  createdAt: new Date(2026, 10, 23, 14, 5).getTime(),
  updatedAt: new Date(2026, 10, 23, 14, 5).getTime(),
};

const rowText = (r: GesprekRecord) => {
  render(<ul><GesprekRow record={r} onDelete={() => undefined} /></ul>);
  return screen.getByRole('link', { name: /Het Øster College/ }).textContent;
};

describe('a gesprek on home', () => {
  it('shows name, Dutch date, time of the last change and route; no sync words while it lives on this tablet only', () => {
    expect(rowText(record)).toBe('Het Øster College23 november 2026 · Hoofdstuk 3 t/m 6 · gewijzigd 23 november 2026 14:05');
  });

  it('names the previous gesprek of a follow-up by its date', () => {
    expect(rowText({ ...record, previousDate: '2026-03-03' })).toContain(' · Vorig gesprek: 3 maart 2026');
  });

  it('says when a shared gesprek has changes the server has not confirmed', () => {
    expect(rowText({ ...record, roomKey: 'k', unsentChanges: 3 })).toContain(' · gedeeld, 3 wijzigingen wachten');
  });

  it('says nothing waits when the count is gone', () => {
    const text = rowText({ ...record, roomKey: 'k' });
    expect(text).toContain(' · gedeeld');
    expect(text).not.toMatch(/wacht/);
  });

  it('isolates the school name, so a right-to-left override cannot reorder the row', () => {
    const hostile = { ...record, schoolName: 'Lyceum \u202Egnik' };
    render(<ul><GesprekRow record={hostile} onDelete={() => undefined} /></ul>);
    const name = screen.getByText('Lyceum \u202Egnik');
    expect(name.tagName).toBe('BDI');
    expect(name.getAttribute('dir')).toBe('auto');
    // The date and route sit outside the isolate, after it.
    expect(name.nextElementSibling?.textContent).toContain('23 november 2026');
  });
});
