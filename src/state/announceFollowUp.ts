import * as Y from 'yjs';
import { writeFollowUpPointer, type FollowUpPointer } from '../domain/form/followUpPointers.ts';
import { isReadOnlyForThisVersion } from '../domain/form/meta.ts';
import { committed } from '../storage/committed.ts';
import { persistDoc } from '../storage/docPersistence.ts';

/** Long enough for a slow connection to carry one small entry; the pointer is on disk either way. */
const PUSH_TIMEOUT_MS = 30_000;

/** Loaded with the follow-up, not with home. */
const loadSync = () => import('../sync/index.ts');

/**
 * Sends what the previous gesprek holds on this tablet (the pointer included) to its room, and
 * lets go once the server has confirmed it, or after a while. Offline, or cut short, the next
 * connection of that gesprek sends it (healing, docs/sync-client.md).
 */
async function pushToRoom(doc: Y.Doc, roomKey: string, origin: string | undefined): Promise<void> {
  const { startEncryptedSync, syncUrlFor } = await loadSync();
  // One local change the server has not confirmed (the pointer): `synced` waits for its confirmation.
  const sync = await startEncryptedSync({ doc, roomKey, url: syncUrlFor(origin ?? location.origin), pendingAtStart: 1 });
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const unsubscribe = sync.subscribe((status) => {
    if ((status.state === 'connected' && status.synced) || status.refused) finish();
  });
  const timer = setTimeout(finish, PUSH_TIMEOUT_MS);
  await finished;
  clearTimeout(timer);
  unsubscribe();
  sync.destroy();
}

export interface Announcement {
  previousId: string;
  /** The previous gesprek's room key: the pointer travels in its room. */
  previousRoomKey: string;
  pointer: FollowUpPointer;
}

/**
 * Tells the other tablet of a new follow-up: the pointer is in the previous gesprek's stored
 * document when this resolves; `sent` settles once it has been offered to the server (never
 * rejects). A document of a newer app version gets nothing written into it.
 */
export async function announceFollowUp({ previousId, previousRoomKey, pointer }: Announcement, origin?: string): Promise<{ sent: Promise<void> }> {
  const doc = new Y.Doc();
  // Kept stored while connected: what the other tablet adds meanwhile is kept too.
  const persistence = persistDoc(previousId, doc);
  const release = async () => {
    await persistence.destroy();
    doc.destroy();
  };
  try {
    await persistence.loaded;
    if (isReadOnlyForThisVersion(doc)) {
      await release();
      return { sent: Promise.resolve() };
    }
    writeFollowUpPointer(doc, pointer);
    const stored = await committed(persistence);
    if (!stored.ok) throw new Error('The follow-up pointer could not be stored');
  } catch (error) {
    await release();
    throw error;
  }
  const sent = pushToRoom(doc, previousRoomKey, origin)
    .catch(() => undefined)
    .then(() => persistence.idle())
    .then(release, release)
    .catch(() => undefined);
  return { sent };
}
