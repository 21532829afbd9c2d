import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { readFieldValue, writeFieldValue } from '../../domain/care/fieldIds.ts';
import { conflictedPair } from './testing/conflictedPair.ts';
import { TabletPair, TestClock } from '../../domain/care/testing/twoTablets.ts';
import { rememberTabletOf } from '../../state/docTablet.ts';
import { useDocVersion } from '../hooks/useDocVersion.ts';
import { TextField } from '../fields/TextField.tsx';
import { DateField } from '../fields/DateField.tsx';
import { formatMoment } from './careText.ts';
import { HistoryButton } from './HistoryButton.tsx';
import { VERSION_INTERVAL_MS } from '../../domain/care/historyRecorder.ts';

const WHO = 'action.r1.doorWie';

function Live({ doc, children }: { doc: Y.Doc; children: () => preact.ComponentChildren }) {
  useDocVersion(doc);
  return <>{children()}</>;
}

describe('the conflict notice', () => {
  it('shows both versions whole with author and time, and "Deze versie houden" settles it on both tablets', () => {
    const pair = conflictedPair(WHO, 'Fatima (school)', 'Jeroen (politie)');
    render(<Live doc={pair.a.doc}>{() => <TextField doc={pair.a.doc} fieldKey={WHO} label="Door wie?" />}</Live>);
    const notice = screen.getByRole('group', { name: /^Beide tablets hebben dit veld gewijzigd/ });
    const items = within(notice).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.app-conflict__value')?.textContent)).toEqual([
      'Fatima (school)',
      'Jeroen (politie)',
      readFieldValue(pair.a.doc, WHO),
    ]);
    expect(items[0]!.textContent).toContain(`Versie van deze tablet, ${formatMoment(Date.UTC(2026, 10, 23, 9, 0))}`);
    expect(items[1]!.textContent).toContain(`Versie van Politie, ${formatMoment(Date.UTC(2026, 10, 23, 9, 1))}`);
    fireEvent.click(within(items[1]!).getByRole('button', { name: 'Deze versie houden' }));
    expect(readFieldValue(pair.a.doc, WHO)).toBe('Jeroen (politie)');
    expect(readFieldValue(pair.b.doc, WHO)).toBe('Jeroen (politie)');
    expect(screen.queryByRole('group', { name: /^Beide tablets/ })).toBeNull();
  });

  it('for a date shows both dates in Dutch and no merged version', () => {
    const field = 'actionMeta.r1#wanneer';
    const pair = conflictedPair(field, '2026-12-01', '2026-12-08');
    const doc = pair.a.doc;
    render(<Live doc={doc}>{() => <DateField label="Wanneer?" value={String(readFieldValue(doc, field))} onChange={() => undefined} care={{ doc, field }} />}</Live>);
    const notice = screen.getByRole('group', { name: /^Beide tablets hebben dit veld gewijzigd/ });
    expect(within(notice).getByText('1 december 2026')).toBeTruthy();
    expect(within(notice).getByText('8 december 2026')).toBeTruthy();
    expect(within(notice).queryByRole('button', { name: 'Samenvoeging houden' })).toBeNull();
    fireEvent.click(within(notice).getAllByRole('button', { name: 'Deze versie houden' })[0]!);
    expect(readFieldValue(pair.b.doc, field)).toBe('2026-12-01');
  });
});

describe('times', () => {
  it('are Dutch and 24-hour', () => {
    expect(formatMoment(new Date(2026, 10, 23, 14, 5).getTime())).toBe('23 november 2026 om 14:05');
  });
});

describe('the history dialog', () => {
  it('lists earlier versions newest first with their author, and "Terugzetten" restores one', () => {
    const clock = new TestClock();
    const pair = new TabletPair(clock);
    rememberTabletOf(pair.b.doc, 'tablet-b');
    pair.connect();
    pair.a.tracker.setRole('school');
    writeFieldValue(pair.a.doc, WHO, 'Frank');
    clock.advance(VERSION_INTERVAL_MS + 1000);
    writeFieldValue(pair.a.doc, WHO, 'Fatima');
    clock.advance(VERSION_INTERVAL_MS + 1000);
    writeFieldValue(pair.b.doc, WHO, 'Jeroen');
    render(<HistoryButton doc={pair.b.doc} field={WHO} label="Door wie?" />);
    fireEvent.click(screen.getByRole('button', { name: 'Geschiedenis' }));
    const dialog = screen.getByRole('dialog', { name: 'Geschiedenis: Door wie?' });
    const items = within(dialog).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.app-history-list__value')?.textContent)).toEqual(['Fatima', 'Frank']);
    expect(items[0]!.textContent).toContain(`School, ${formatMoment(Date.UTC(2026, 10, 23, 9, 0) + VERSION_INTERVAL_MS + 1000)}`);
    fireEvent.click(within(items[1]!).getByRole('button', { name: 'Terugzetten' }));
    expect(readFieldValue(pair.a.doc, WHO)).toBe('Frank');
  });
});
