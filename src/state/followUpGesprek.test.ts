import { describe, expect, it } from 'vitest';
import { actieTextKey } from '../domain/form/actieFields.ts';
import { buildFullyFilledGesprek } from '../domain/form/fixtures/fullyFilledGesprek.ts';
import { readForm } from '../domain/form/formSnapshot.ts';
import * as Y from 'yjs';
import { persistDoc } from '../storage/docPersistence.ts';
import { addGesprek } from '../storage/gesprekList.ts';
import { createFollowUpGesprek } from './followUpGesprek.ts';
import { gesprekkenStore } from './gesprekkenStore.ts';
import { openGesprekSession } from './gesprekSession.ts';

async function storeGesprek(id: string, doc: Y.Doc): Promise<void> {
  const target = new Y.Doc();
  const persistence = persistDoc(id, target);
  await persistence.loaded;
  Y.applyUpdate(target, Y.encodeStateAsUpdate(doc));
  await persistence.idle();
  await persistence.destroy();
  await addGesprek({ id, schoolName: 'Het Øster College', date: '2026-11-23', createdAt: 1, updatedAt: 1 });
}

describe('createFollowUpGesprek', () => {
  it('stores a new gesprek filled from the previous one, listed on home, and leaves the previous one as it was', async () => {
    const previous = buildFullyFilledGesprek();
    await storeGesprek('vorigGesprekAAAAAAAAAA', previous);
    const id = await createFollowUpGesprek('vorigGesprekAAAAAAAAAA', new Date(2027, 2, 15, 9, 0));
    expect(id).not.toBe('vorigGesprekAAAAAAAAAA');
    expect(gesprekkenStore.getState().items.find((g) => g.id === id)).toMatchObject({ schoolName: 'Het Øster College', date: '2027-03-15' });

    const session = await openGesprekSession(id);
    if (!session) throw new Error('follow-up not stored');
    const form = readForm(session.doc);
    expect(session.record.needsInit).toBeFalsy();
    expect(form.cycle.predecessor).toEqual({ id: 'vorigGesprekAAAAAAAAAA', datum: '2026-11-23' });
    expect(form.cycle.previousAgreements).toHaveLength(3);
    expect(form.acties.map((a) => session.doc.getText(actieTextKey(a.id, 'actie')).toString())).toEqual([
      'Gastles plannen in de brugklas',
      'Ouderavond social media organiseren',
    ]);
    await session.close();

    const old = await openGesprekSession('vorigGesprekAAAAAAAAAA');
    expect(old && readForm(old.doc).cycle.previousAgreements).toEqual([]);
    expect(old && readForm(old.doc).acties).toHaveLength(3);
    await old?.close();
  });
});
