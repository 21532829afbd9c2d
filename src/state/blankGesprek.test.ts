import { describe, expect, it } from 'vitest';
import { getGesprek, updateGesprek } from '../storage/gesprekList.ts';
import { createGesprek, gesprekkenStore } from './gesprekkenStore.ts';
import { openGesprekSession } from './gesprekSession.ts';

const listed = (id: string) => gesprekkenStore.getState().items.some((g) => g.id === id);

describe('a new gesprek', () => {
  it('left with nothing in it is not kept in the list', async () => {
    const id = await createGesprek();
    expect(listed(id)).toBe(true);
    const session = await openGesprekSession(id);
    await session?.close();
    expect(await getGesprek(id)).toBeUndefined();
    expect(listed(id)).toBe(false);
  });

  it('starts with the school named in the first step, and is kept for it', async () => {
    const id = await createGesprek(new Date(2026, 10, 23), '  De Regenboog ');
    const session = await openGesprekSession(id);
    expect(session?.doc.getText('contact.school.naamSchool').toString()).toBe('De Regenboog');
    await session?.close();
    expect((await getGesprek(id))?.schoolName).toBe('De Regenboog');
  });

  it('is kept once anything is filled in, or once it is shared', async () => {
    const typed = await createGesprek();
    const session = await openGesprekSession(typed);
    session?.doc.getText('persoonlijkeNoot').insert(0, 'x');
    await session?.close();
    expect(await getGesprek(typed)).toBeDefined();

    const shared = await createGesprek();
    const other = await openGesprekSession(shared);
    await updateGesprek(shared, { roomKey: 'k'.repeat(43) });
    await other?.close();
    expect(await getGesprek(shared)).toBeDefined();
  });

  it('opened again later is never removed for being blank', async () => {
    const id = await createGesprek();
    await updateGesprek(id, { needsInit: false });
    const session = await openGesprekSession(id);
    await session?.close();
    expect(await getGesprek(id)).toBeDefined();
  });
});
