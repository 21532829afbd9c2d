import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { initializeNewGesprek } from '../../domain/form/meta.ts';
import { isThemeSelected, setThemeSelected } from '../../domain/form/themeFields.ts';
import { createGesprekUndo } from '../../state/gesprekUndo.ts';
import { useRemoval } from './removalContext.ts';
import { NOTICE_MS, RemovalNotices } from './RemovalNotices.tsx';

function Untick({ doc }: { doc: Y.Doc }) {
  const announce = useRemoval();
  const set = (on: boolean) => setThemeSelected(doc, 'pesten', on);
  return (
    <button type="button" onClick={() => announce({ message: 'Thema Pesten verwijderd', remove: () => set(false), restore: () => set(true) })}>
      Pesten uitvinken
    </button>
  );
}

function setup() {
  const doc = new Y.Doc();
  initializeNewGesprek(doc, '2026-12-01');
  setThemeSelected(doc, 'pesten', true);
  const undo = createGesprekUndo(doc);
  render(
    <RemovalNotices undo={undo}>
      <Untick doc={doc} />
    </RemovalNotices>,
  );
  return doc;
}

afterEach(() => vi.useRealTimers());

describe('the removal message', () => {
  it('stays at least 10 seconds, longer while it has focus, then goes', () => {
    vi.useFakeTimers();
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Pesten uitvinken' }));
    act(() => {
      vi.advanceTimersByTime(10_000);
    });
    expect(screen.getByRole('status').textContent).toContain('Thema Pesten verwijderd');

    screen.getByRole('button', { name: 'Ongedaan maken' }).focus();
    act(() => {
      vi.advanceTimersByTime(NOTICE_MS * 2);
    });
    expect(screen.getByRole('status').textContent).toContain('Thema Pesten verwijderd');

    screen.getByRole('button', { name: 'Pesten uitvinken' }).focus();
    act(() => {
      vi.advanceTimersByTime(NOTICE_MS);
    });
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('puts the thing back as a new edit when other edits came after the removal', () => {
    const doc = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Pesten uitvinken' }));
    setThemeSelected(doc, 'diefstal', true);
    fireEvent.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    expect(isThemeSelected(doc, 'pesten')).toBe(true);
    expect(isThemeSelected(doc, 'diefstal')).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
