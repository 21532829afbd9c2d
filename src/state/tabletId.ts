import { randomId } from '../domain/form/randomId.ts';
import { readSetting, writeSetting } from '../storage/settings.ts';

/** This device's stable id: every session's Yjs client id is attributed to it (see docs/conflicts-and-history.md). */
const KEY = 'tabletId';
let cached: Promise<string> | undefined;

export function readTabletId(): Promise<string> {
  cached ??= (async () => {
    const known = await readSetting<string>(KEY);
    if (typeof known === 'string' && known) return known;
    const id = `tablet-${randomId()}`;
    await writeSetting(KEY, id);
    return id;
  })().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}
