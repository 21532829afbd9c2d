import { act, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { SCHEMA_VERSION } from '../../domain/form/meta.ts';
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

async function openOnScreen() {
  session = await openGesprekSession(await createGesprek());
  if (!session) throw new Error('not opened');
  render(<OpenGesprek session={session} section="h3" />);
  return session;
}

describe('the open gesprek', () => {
  it('turns read-only at once when a newer-schema document arrives by sync', async () => {
    const { doc } = await openOnScreen();
    const tick = (await screen.findByRole('checkbox', { name: 'Diefstal' })) as HTMLInputElement;
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
    expect((screen.getByRole('checkbox', { name: 'Diefstal' }) as HTMLInputElement).disabled).toBe(true);
  });
});
