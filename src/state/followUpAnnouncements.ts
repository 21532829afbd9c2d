import type { FollowUpPointer } from '../domain/form/followUpPointers.ts';
import { readSetting, writeSetting } from '../storage/settings.ts';
import { refreshGesprekken } from './gesprekkenStore.ts';

/** Joining needs the sync layer's code (pairing, files): only a gesprek with the other tablet's pointers loads it. */
const loadJoin = () => import('./joinGesprek.ts');

/** Follow-ups this tablet has taken from a pointer once: one deleted here is not brought back. */
const SEEN_KEY = 'followUpsTaken';

export interface AnnouncingGesprek {
  id: string;
  /** What the new row shows until its own document has arrived. */
  schoolName: string;
  date: string;
}

async function takenIds(): Promise<Set<string>> {
  const stored = await readSetting<unknown>(SEEN_KEY);
  return new Set(Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : []);
}

async function join(previous: AnnouncingGesprek, pointers: readonly FollowUpPointer[], now: number, force: boolean): Promise<string[]> {
  const taken = await takenIds();
  const { joinRoom } = await loadJoin();
  const joined: string[] = [];
  for (const pointer of pointers) {
    if (taken.has(pointer.id) && !force) continue;
    const result = await joinRoom(pointer.id, pointer.roomKey, {
      createdAt: pointer.createdAt,
      updatedAt: now,
      schoolName: previous.schoolName,
      ...(previous.date ? { previousDate: previous.date } : {}),
      announcedFollowUp: { previousId: previous.id, ...(pointer.createdBy ? { createdBy: pointer.createdBy } : {}) },
    });
    // Another key under the same id is not this follow-up: nothing is overwritten, nothing joined.
    if (result.ok) joined.push(pointer.id);
    taken.add(pointer.id);
  }
  await writeSetting(SEEN_KEY, [...taken]);
  if (joined.length > 0) await refreshGesprekken();
  return joined;
}

// One at a time: the same pointer seen twice in quick succession is added once.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Adds the other tablet's follow-ups (from the previous gesprek's pointers) to this tablet's list
 * with their room keys, so they fill from the server without scanning. `force` adds one again
 * even after it was deleted here (the user asked for it).
 */
export function joinAnnouncedFollowUps(previous: AnnouncingGesprek, pointers: readonly FollowUpPointer[], options: { now?: number; force?: boolean } = {}): Promise<string[]> {
  const run = queue.then(() => join(previous, pointers, options.now ?? Date.now(), options.force ?? false));
  queue = run.catch(() => undefined);
  return run;
}
