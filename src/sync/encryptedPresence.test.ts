import { describe, expect, it } from 'vitest';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { EncryptedPresence, type Presence } from './encryptedPresence.ts';
import { generateRoomKey, importRoomKey } from './roomKey.ts';
import type { Peer } from './syncStatus.ts';
import { eventually } from '../test/eventually.ts';

const ROOM = `r${'A'.repeat(43)}`;

async function sealedLength(presence: Presence): Promise<number> {
  const awareness = new Awareness(new Y.Doc());
  const sender = new EncryptedPresence(awareness, await importRoomKey(generateRoomKey()), ROOM, () => undefined);
  await sender.set(presence);
  const sealed = (awareness.getLocalState() as { e: string }).e;
  sender.destroy();
  awareness.destroy();
  return sealed.length;
}

describe('encrypted presence', () => {
  it('does not tell role or field by its size', async () => {
    const lengths = await Promise.all([
      sealedLength({ role: 'school' }),
      sealedLength({ role: 'politie' }),
      sealedLength({ role: 'school', field: 'samenwerking' }),
      sealedLength({ role: 'politie', field: 'contact.school.naamSchool' }),
      sealedLength({ role: 'politie', field: `thema.${'x'.repeat(180)}` }),
    ]);
    expect(new Set(lengths).size).toBe(1);
  });

  it('is read back by the other tablet despite the padding', async () => {
    const key = await importRoomKey(generateRoomKey());
    const doc = new Y.Doc();
    const mine = new Awareness(doc);
    const theirs = new Awareness(new Y.Doc());
    let seen: Peer[] = [];
    const reader = new EncryptedPresence(theirs, key, ROOM, (peers) => (seen = peers));
    const writer = new EncryptedPresence(mine, key, ROOM, () => undefined);
    await writer.set({ role: 'politie', field: 'samenwerking' });
    applyAwarenessUpdate(theirs, encodeAwarenessUpdate(mine, [mine.clientID]), 'remote');
    await eventually(() => seen.length > 0, 5000, 'peer seen');
    expect(seen).toEqual([{ clientId: mine.clientID, role: 'politie', field: 'samenwerking' }]);
    reader.destroy();
    writer.destroy();
  });
});
