import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SCHEMA_VERSION } from '../domain/form/meta.ts';
import { isThemeSelected, setThemeSelected } from '../domain/form/themeFields.ts';
import { REMOTE_ORIGIN } from '../sync/origins.ts';
import { createGesprek } from './gesprekkenStore.ts';
import { openGesprekSession } from './gesprekSession.ts';

describe('an open gesprek', () => {
  it('becomes read-only at once when a newer-schema document arrives by sync', async () => {
    const session = await openGesprekSession(await createGesprek());
    if (!session) throw new Error('not opened');
    expect(session.readOnly).toBe(false);
    expect(setThemeSelected(session.doc, 'pesten', true)).toBe(true);

    // The other tablet runs a newer version: its document carries a higher version and data this one does not know.
    const newer = new Y.Doc();
    Y.applyUpdate(newer, Y.encodeStateAsUpdate(session.doc));
    newer.transact(() => {
      newer.getMap('meta').set('schemaVersion', SCHEMA_VERSION + 1);
      newer.getMap('risicoMatrix').set('pesten', 3);
    });
    Y.applyUpdate(session.doc, Y.encodeStateAsUpdate(newer, Y.encodeStateVector(session.doc)), REMOTE_ORIGIN);

    expect(session.readOnly).toBe(true);
    expect(setThemeSelected(session.doc, 'pesten', false)).toBe(false);
    expect(isThemeSelected(session.doc, 'pesten')).toBe(true);
    await session.close();
  });
});
