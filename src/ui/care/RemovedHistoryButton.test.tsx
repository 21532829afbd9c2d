import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { addActie, actieIds, actieTextKey, removeActie } from '../../domain/form/actieFields.ts';
import { writeFieldValue, readFieldValue } from '../../domain/care/fieldIds.ts';
import { TabletPair, TestClock } from '../../domain/care/testing/twoTablets.ts';
import { RemovedHistoryButton } from './RemovedHistoryButton.tsx';

describe('"Geschiedenis" of the actions', () => {
  it('lists a removed action with who removed it, and "Terugzetten" brings it back with its texts', () => {
    const pair = new TabletPair(new TestClock());
    pair.connect();
    pair.b.tracker.setRole('politie');
    const id = addActie(pair.a.doc);
    writeFieldValue(pair.a.doc, actieTextKey(id, 'actie'), 'Ouderavond plannen');
    removeActie(pair.b.doc, id);
    const doc = pair.a.doc;
    render(<RemovedHistoryButton doc={doc} list="actions" present={actieIds(doc)} title="Verwijderde acties" />);
    fireEvent.click(screen.getByRole('button', { name: 'Geschiedenis: Verwijderde acties' }));
    const item = within(screen.getByRole('dialog', { name: 'Verwijderde acties' })).getByRole('listitem');
    expect(item.textContent).toMatch(/^Verwijderd door Politie, .*Ouderavond plannen/);
    fireEvent.click(within(item).getByRole('button', { name: 'Terugzetten' }));
    expect(actieIds(pair.b.doc)).toEqual([id]);
    expect(readFieldValue(pair.b.doc, actieTextKey(id, 'actie'))).toBe('Ouderavond plannen');
  });
});
