import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { buildFullyFilledGesprek, setText } from '../../domain/form/fixtures/fullyFilledGesprek.ts';
import { readForm } from '../../domain/form/formSnapshot.ts';
import { useDocVersion } from '../hooks/useDocVersion.ts';
import { CloseGesprek } from './CloseGesprek.tsx';

function Live({ doc }: { doc: Y.Doc }) {
  useDocVersion(doc);
  return <CloseGesprek doc={doc} gesprekId="g1" readOnly={false} />;
}

describe('CloseGesprek', () => {
  it('records both Akkoorden on one tablet with the contact names, then says "Vastgesteld op"', async () => {
    const doc = buildFullyFilledGesprek();
    render(<Live doc={doc} />);
    expect(screen.getByRole('heading', { name: 'Gesprek afronden' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Concept');
    expect(screen.getByText('Łukasz Dvořák')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Akkoord school' }));
    expect(await screen.findByText(/^Akkoord school: Łukasz Dvořák, \d+ \w+ \d{4}, \d\d:\d\d$/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Concept');
    fireEvent.click(screen.getByRole('button', { name: 'Akkoord politie' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/^Vastgesteld op \d+ \w+ \d{4}$/);
    expect(readForm(doc).cycle.vaststelling.politie?.name).toBe('Thi Nguyễn');
  });

  it('shows "Gewijzigd na vaststelling" after a change and offers both Akkoorden again', async () => {
    const doc = buildFullyFilledGesprek();
    render(<Live doc={doc} />);
    fireEvent.click(screen.getByRole('button', { name: 'Akkoord school' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Akkoord politie' }));
    setText(doc, 'samenwerking', 'Later aangepast.');
    expect((await screen.findByRole('status')).textContent).toBe('Gewijzigd na vaststelling');
    expect(screen.getByRole('button', { name: 'Akkoord school' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Akkoord politie' })).toBeTruthy();
    expect(screen.getAllByText(/voor een vorige versie/)).toHaveLength(2);
  });
});
