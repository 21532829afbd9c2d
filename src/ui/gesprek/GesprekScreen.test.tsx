import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { actieIds, actieRows, actieTextKey } from '../../domain/form/actieFields.ts';
import { SCHEMA_VERSION } from '../../domain/form/meta.ts';
import { readText } from '../../domain/form/textFields.ts';
import { isThemeSelected } from '../../domain/form/themeFields.ts';
import type { SectionSlug } from '../routing/parseRoute.ts';
import { typeKeys } from '../fields/testing/typeLikeABrowser.ts';
import { createGesprek } from '../../state/gesprekkenStore.ts';
import { openGesprekSession, type GesprekSession } from '../../state/gesprekSession.ts';
import { REMOTE_ORIGIN } from '../../sync/origins.ts';
import { OpenGesprek } from './GesprekScreen.tsx';

let session: GesprekSession | undefined;
// jsdom has no layout: a new chapter's scroll to the top has nothing to do.
beforeEach(() => {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function openOnScreen(section: SectionSlug = 'h3') {
  session = await openGesprekSession(await createGesprek());
  if (!session) throw new Error('not opened');
  render(<OpenGesprek session={session} section={section} />);
  return session;
}

describe('the open gesprek', () => {
  it('turns read-only at once when a newer-schema document arrives by sync', async () => {
    const { doc } = await openOnScreen();
    const tick = (await screen.findByRole('checkbox', { name: 'Diefstal van bezittingen van leerlingen, personeel of de school' })) as HTMLInputElement;
    expect(tick.disabled).toBe(false);

    const newer = new Y.Doc();
    Y.applyUpdate(newer, Y.encodeStateAsUpdate(doc));
    newer.transact(() => {
      newer.getMap('meta').set('schemaVersion', SCHEMA_VERSION + 1);
      newer.getMap('risicoMatrix').set('pesten', 3);
    });
    // As the sync layer applies the other tablet's update: with its own origin.
    act(() => Y.applyUpdate(doc, Y.encodeStateAsUpdate(newer, Y.encodeStateVector(doc)), REMOTE_ORIGIN));

    expect(await screen.findByText(/nieuwere versie van de app/)).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Diefstal van bezittingen van leerlingen, personeel of de school' }) as HTMLInputElement).disabled).toBe(true);
  });
});

describe('undo and redo in the open gesprek', () => {
  it('"Ongedaan maken" and "Opnieuw" follow this tablet’s edits', async () => {
    const { doc } = await openOnScreen();
    const undoButton = await screen.findByRole('button', { name: 'Ongedaan maken' });
    const redoButton = screen.getByRole('button', { name: 'Opnieuw' });
    expect(undoButton.getAttribute('aria-disabled')).toBe('true');
    expect(redoButton.getAttribute('aria-disabled')).toBe('true');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Diefstal van bezittingen van leerlingen, personeel of de school' }));
    await waitFor(() => expect(undoButton.getAttribute('aria-disabled')).toBe('false'));
    fireEvent.click(undoButton);
    expect(isThemeSelected(doc, 'diefstal')).toBe(false);
    await waitFor(() => expect(redoButton.getAttribute('aria-disabled')).toBe('false'));
    expect(undoButton.getAttribute('aria-disabled')).toBe('true');
    // Pressing a disabled button changes nothing.
    fireEvent.click(undoButton);
    expect(isThemeSelected(doc, 'diefstal')).toBe(false);
    fireEvent.click(redoButton);
    expect(isThemeSelected(doc, 'diefstal')).toBe(true);
  });

  it('Ctrl+Z in a field takes back the last word, Shift+Ctrl+Z and Ctrl+Y bring it back', async () => {
    const { doc } = await openOnScreen('h6');
    fireEvent.click(await screen.findByRole('button', { name: 'Actie toevoegen' }));
    const field = (await screen.findByRole('textbox', { name: 'Actie' })) as HTMLInputElement;
    typeKeys(field, 'Voorlichting geven');
    const key = actieTextKey(actieIds(doc)[0]!, 'actie');

    fireEvent.keyDown(field, { key: 'z', ctrlKey: true });
    expect(readText(doc, key)).toBe('Voorlichting ');
    expect(field.value).toBe('Voorlichting ');
    expect(field.selectionStart).toBe('Voorlichting '.length);
    fireEvent.keyDown(field, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(readText(doc, key)).toBe('Voorlichting geven');
    fireEvent.keyDown(field, { key: 'z', metaKey: true });
    fireEvent.keyDown(field, { key: 'y', ctrlKey: true });
    expect(field.value).toBe('Voorlichting geven');
  });

  it('says "Actie 1 verwijderd" without taking focus, and "Ongedaan maken" brings the action back whole', async () => {
    const { doc } = await openOnScreen('h6');
    fireEvent.click(await screen.findByRole('button', { name: 'Actie toevoegen' }));
    typeKeys((await screen.findByRole('textbox', { name: 'Actie' })) as HTMLInputElement, 'Voorlichting');
    typeKeys(screen.getByRole('textbox', { name: 'Door wie?' }) as HTMLInputElement, 'Jeroen');
    fireEvent.change(screen.getByLabelText('Wanneer?'), { target: { value: '2027-01-15' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Gedaan' }));

    const remove = screen.getByRole('button', { name: 'Actie 1 verwijderen' });
    remove.focus();
    fireEvent.click(remove);
    const notice = await screen.findByText('Actie 1 verwijderd');
    const region = notice.closest<HTMLElement>('[role="status"]');
    expect(region).toBeTruthy();
    expect(region?.contains(document.activeElement)).toBe(false);
    expect(actieIds(doc)).toEqual([]);

    const takeBack = within(region!).getByRole('button', { name: 'Ongedaan maken' });
    fireEvent.click(takeBack);
    const [id] = actieIds(doc);
    expect(id).toBeDefined();
    expect(actieRows(doc)).toEqual([{ id, wanneer: '2027-01-15', gedaan: true }]);
    expect(((await screen.findByRole('textbox', { name: 'Actie' })) as HTMLInputElement).value).toBe('Voorlichting');
    expect((screen.getByRole('textbox', { name: 'Door wie?' }) as HTMLInputElement).value).toBe('Jeroen');
    await waitFor(() => expect(screen.queryByText('Actie 1 verwijderd')).toBeNull());
  });
});
