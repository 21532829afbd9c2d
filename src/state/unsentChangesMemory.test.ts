import { afterEach, describe, expect, it, vi } from 'vitest';
import { getGesprek } from '../storage/gesprekList.ts';
import { eventually } from '../test/eventually.ts';
import { createGesprek } from './gesprekkenStore.ts';
import { rememberUnsentChanges } from './unsentChangesMemory.ts';

const stored = async (id: string) => (await getGesprek(id))?.unsentChanges;

afterEach(() => {
  vi.useRealTimers();
});

describe('remembering changes the server has not confirmed', () => {
  it('writes the latest count to the list row once counting pauses, and removes it at 0', async () => {
    const id = await createGesprek();
    // Only the memory's own timer is faked; IndexedDB runs on real time.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const memory = rememberUnsentChanges(id, 0);
    for (let n = 1; n <= 25; n++) memory.update(n);
    // Not per keystroke: one write waits, none has happened.
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(999);
    expect(vi.getTimerCount()).toBe(1);
    expect(await stored(id)).toBeUndefined();

    vi.advanceTimersByTime(1);
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
    await eventually(async () => (await stored(id)) === 25, 2000, 'the count is stored');

    memory.update(0);
    await memory.flush(); // closing the gesprek writes at once
    expect(await stored(id)).toBeUndefined();
  });

  it('writes nothing when the count did not change from what was stored', async () => {
    const id = await createGesprek();
    const memory = rememberUnsentChanges(id, 3);
    memory.update(3);
    await memory.flush();
    expect(await stored(id)).toBeUndefined();
  });
});
