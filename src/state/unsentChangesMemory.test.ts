import { afterEach, describe, expect, it, vi } from 'vitest';
import { getGesprek } from '../storage/gesprekList.ts';
import { createGesprek } from './gesprekkenStore.ts';
import { rememberUnsentChanges } from './unsentChangesMemory.ts';

const stored = async (id: string) => (await getGesprek(id))?.unsentChanges;
// IndexedDB works on real time while the memory's own timer is faked.
const realSetTimeout = globalThis.setTimeout;
const settle = () => new Promise((resolve) => realSetTimeout(resolve, 20));

afterEach(() => {
  vi.useRealTimers();
});

describe('remembering changes the server has not confirmed', () => {
  it('writes the latest count to the list row once counting pauses, and removes it at 0', async () => {
    const id = await createGesprek();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const memory = rememberUnsentChanges(id, 0);
    for (let n = 1; n <= 25; n++) memory.update(n);
    await settle();
    expect(await stored(id)).toBeUndefined(); // not per keystroke

    vi.advanceTimersByTime(1000);
    await settle();
    expect(await stored(id)).toBe(25);

    memory.update(0);
    memory.flush(); // closing the gesprek writes at once
    await settle();
    expect(await stored(id)).toBeUndefined();
  });

  it('writes nothing when the count did not change from what was stored', async () => {
    const id = await createGesprek();
    const memory = rememberUnsentChanges(id, 3);
    memory.update(3);
    memory.flush();
    await settle();
    expect(await stored(id)).toBeUndefined();
  });
});
