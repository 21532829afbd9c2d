import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { matchesSchool } from './GesprekSearch.tsx';
import { NewGesprekDialog } from './NewGesprekDialog.tsx';

describe('the first step of a new gesprek', () => {
  it('asks for the school and starts with what was typed', () => {
    const onStart = vi.fn();
    render(<NewGesprekDialog busy={false} onStart={onStart} onCancel={() => undefined} />);
    const field = screen.getByRole('textbox', { name: 'Naam school' });
    expect(field.getAttribute('aria-describedby')).toBe('new-gesprek-hint');
    fireEvent.input(field, { target: { value: '  De Regenboog ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gesprek beginnen' }));
    expect(onStart).toHaveBeenCalledWith('De Regenboog');
  });

  it('can be skipped, or cancelled without making a gesprek', () => {
    const onStart = vi.fn();
    const onCancel = vi.fn();
    render(<NewGesprekDialog busy={false} onStart={onStart} onCancel={onCancel} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Naam school' }), { target: { value: 'Half getypt' } });
    fireEvent.click(screen.getByRole('button', { name: 'Overslaan' }));
    expect(onStart).toHaveBeenCalledWith('');
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onStart).toHaveBeenCalledTimes(1);
  });
});

describe('searching home by school', () => {
  it('ignores case and accents, and finds unnamed gesprekken by their label', () => {
    expect(matchesSchool({ schoolName: 'Het Øster College' }, 'øster')).toBe(true);
    expect(matchesSchool({ schoolName: 'Basisschool De Eïk' }, 'de eik')).toBe(true);
    expect(matchesSchool({ schoolName: 'De Regenboog' }, 'eik')).toBe(false);
    expect(matchesSchool({ schoolName: '' }, 'naamloos')).toBe(true);
    expect(matchesSchool({ schoolName: 'Wat dan ook' }, '  ')).toBe(true);
  });
});
