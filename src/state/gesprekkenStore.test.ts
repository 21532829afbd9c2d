import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { persistDoc } from '../storage/docPersistence.ts';
import { docDatabaseName } from '../storage/docDatabaseName.ts';
import { createGesprek, gesprekkenStore, removeGesprek } from './gesprekkenStore.ts';
import { openGesprekSession } from './gesprekSession.ts';

async function databaseExists(name: string): Promise<boolean> {
  return (await indexedDB.databases()).some((db) => db.name === name);
}

describe('the list of gesprekken', () => {
  it('creates a gesprek whose first open writes the date once, and lists it', async () => {
    const id = await createGesprek(new Date(2026, 10, 23, 10, 0));
    expect(gesprekkenStore.getState().items.map((g) => g.id)).toContain(id);

    const session = await openGesprekSession(id);
    expect(session?.doc.getMap('meta').get('datum')).toBe('2026-11-23');
    session?.doc.getText('contact.school.naamSchool').insert(0, 'De Regenboog');
    await session?.close();

    const again = await openGesprekSession(id);
    expect(again?.record.needsInit).toBe(false);
    expect(again?.doc.getText('contact.school.naamSchool').toString()).toBe('De Regenboog');
    await again?.close();
  });

  it('deleting removes the row and the document database', async () => {
    const id = await createGesprek();
    const doc = new Y.Doc();
    const persistence = persistDoc(id, doc);
    await persistence.loaded;
    doc.getText('samenwerking').insert(0, 'iets');
    await persistence.destroy();
    expect(await databaseExists(docDatabaseName(id))).toBe(true);

    await removeGesprek(id);
    expect(gesprekkenStore.getState().items.map((g) => g.id)).not.toContain(id);
    expect(await databaseExists(docDatabaseName(id))).toBe(false);
    expect(await openGesprekSession(id)).toBeUndefined();
  });
});
