import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildFullyFilledGesprek } from '../domain/form/fixtures/fullyFilledGesprek.ts';
import { followUpPointers, type FollowUpPointer } from '../domain/form/followUpPointers.ts';
import { persistDoc } from '../storage/docPersistence.ts';
import { addGesprek, deleteGesprek, getGesprek } from '../storage/gesprekList.ts';
import { newRoomKeyText } from '../sync/index.ts';
import { joinAnnouncedFollowUps } from './followUpAnnouncements.ts';
import { createFollowUpGesprek } from './followUpGesprek.ts';
import { openGesprekSession } from './gesprekSession.ts';
import { saveRole } from './roleSetting.ts';
import { readTabletId } from './tabletId.ts';

async function storeGesprek(id: string, doc: Y.Doc, roomKey?: string): Promise<void> {
  const target = new Y.Doc();
  const persistence = persistDoc(id, target);
  await persistence.loaded;
  Y.applyUpdate(target, Y.encodeStateAsUpdate(doc));
  await persistence.idle();
  await persistence.destroy();
  await addGesprek({ id, schoolName: 'Het Øster College', date: '2026-11-23', createdAt: 1, updatedAt: 1, ...(roomKey ? { roomKey, roomVersion: 2 as const } : {}) });
}

async function storedPointers(id: string): Promise<FollowUpPointer[]> {
  const doc = new Y.Doc();
  const persistence = persistDoc(id, doc);
  await persistence.loaded;
  const pointers = followUpPointers(doc);
  await persistence.destroy();
  return pointers;
}

describe('Vervolggesprek of a shared gesprek', () => {
  it('gets a room of its own and leaves an encrypted pointer to it in the previous gesprek', async () => {
    const previousKey = newRoomKeyText();
    await storeGesprek('gedeeldVorigAAAAAAAAAA', buildFullyFilledGesprek(), previousKey);
    await saveRole('school');
    const id = await createFollowUpGesprek('gedeeldVorigAAAAAAAAAA', new Date(2027, 2, 15, 9, 0));

    const row = await getGesprek(id);
    expect(row?.roomKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(row?.roomKey).not.toBe(previousKey);
    expect(row).toMatchObject({ roomVersion: 2, previousDate: '2026-11-23' });
    expect(await storedPointers('gedeeldVorigAAAAAAAAAA')).toEqual([
      { id, roomKey: row?.roomKey, createdAt: new Date(2027, 2, 15, 9, 0).getTime(), tablet: await readTabletId(), createdBy: 'school' },
    ]);
  });

  it('of a gesprek on this tablet only stays on this tablet only, and writes no pointer', async () => {
    await storeGesprek('alleenHierAAAAAAAAAAAA', buildFullyFilledGesprek());
    const id = await createFollowUpGesprek('alleenHierAAAAAAAAAAAA');
    expect((await getGesprek(id))?.roomKey).toBeUndefined();
    expect(await storedPointers('alleenHierAAAAAAAAAAAA')).toEqual([]);
  });
});

describe('the other tablet’s follow-up', () => {
  const previous = { id: 'vorigOpTabletBAAAAAAAA', schoolName: 'Het Øster College', date: '2026-11-23' };
  const pointer = (id: string): FollowUpPointer => ({ id, roomKey: newRoomKeyText(), createdAt: 5000, tablet: 'tablet-andere', createdBy: 'politie' });

  it('is taken into the list with its key, announced until it is opened here', async () => {
    const p = pointer('aangekondigdAAAAAAAAAA');
    expect(await joinAnnouncedFollowUps(previous, [p], { now: 6000 })).toEqual([p.id]);
    expect(await getGesprek(p.id)).toMatchObject({
      roomKey: p.roomKey,
      roomVersion: 2,
      schoolName: 'Het Øster College',
      previousDate: '2026-11-23',
      createdAt: 5000,
      announcedFollowUp: { previousId: previous.id, createdBy: 'politie' },
    });
    const session = await openGesprekSession(p.id);
    expect(session?.record.needsInit).toBeUndefined();
    await session?.close();
    expect((await getGesprek(p.id))?.announcedFollowUp).toBeUndefined();
    // Seen again (the gesprek opened once more): nothing changes.
    expect(await joinAnnouncedFollowUps(previous, [p])).toEqual([]);
    expect((await getGesprek(p.id))?.roomKey).toBe(p.roomKey);
  });

  it('once deleted here stays deleted, unless asked for again', async () => {
    const p = pointer('verwijderdAAAAAAAAAAAA');
    await joinAnnouncedFollowUps(previous, [p]);
    await deleteGesprek(p.id);
    expect(await joinAnnouncedFollowUps(previous, [p])).toEqual([]);
    expect(await getGesprek(p.id)).toBeUndefined();
    expect(await joinAnnouncedFollowUps(previous, [p], { force: true })).toEqual([p.id]);
    expect((await getGesprek(p.id))?.roomKey).toBe(p.roomKey);
  });

  it('never replaces the key of a gesprek this tablet has under the same id', async () => {
    const own = newRoomKeyText();
    await addGesprek({ id: 'eigenSleutelAAAAAAAAAA', schoolName: 'Eigen', date: '', createdAt: 1, updatedAt: 1, roomKey: own, roomVersion: 2 });
    expect(await joinAnnouncedFollowUps(previous, [pointer('eigenSleutelAAAAAAAAAA')])).toEqual([]);
    expect(await getGesprek('eigenSleutelAAAAAAAAAA')).toMatchObject({ roomKey: own, schoolName: 'Eigen' });
  });

  it('seen twice at once is added once', async () => {
    const p = pointer('tweeKeerAAAAAAAAAAAAAA');
    const [first, second] = await Promise.all([joinAnnouncedFollowUps(previous, [p]), joinAnnouncedFollowUps(previous, [p])]);
    expect([...first, ...second]).toEqual([p.id]);
  });
});
