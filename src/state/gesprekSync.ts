import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Role, RoomKeys, SyncSession, SyncStatus } from '../sync/index.ts';
import { gespreksdatum } from '../domain/form/meta.ts';
import { readText } from '../domain/form/textFields.ts';
import { exchangeFileName } from '../domain/pdfLayout/pdfFileName.ts';
import { updateGesprek } from '../storage/gesprekList.ts';
import { afterNextPaint } from './afterNextPaint.ts';
import type { GesprekSession } from './gesprekSession.ts';
import { readRole, saveRole } from './roleSetting.ts';
import { rememberUnsentChanges, type UnsentChangesMemory } from './unsentChangesMemory.ts';

export interface GesprekSyncState {
  /** Undefined while this gesprek lives on this tablet only (never shared or joined). */
  status?: SyncStatus;
  roomKey?: string;
  role?: Role;
}

/** Sync for the open gesprek: started when it has a room key, created on "Delen". */
export interface GesprekSync {
  store: StoreApi<GesprekSyncState>;
  /** Makes and stores a room key if there is none yet, connects, and returns the pairing link. */
  share(): Promise<string>;
  setRole(role: Role): Promise<void>;
  /** The field this person is typing in, for the other tablet's presence marker. */
  setFocusedField(field: string | undefined): void;
  /** The screen this person has open, so the other tablet can say where they are. */
  setScreen(screen: string): void;
  exportFile(): Promise<File>;
  /** "Stoppen met delen op deze tablet": disconnects and forgets the room key; the words stay here. */
  stopSharing(): Promise<void>;
  close(): void;
}

/**
 * Sync (Hocuspocus, encryption, pairing) is loaded when a gesprek is shared or has been: opening a
 * gesprek that lives on this tablet only should not wait for code it does not use.
 */
const loadSync = () => import('../sync/index.ts');

/** A gesprek shared before rooms were bound to the key reads its old room once (docs/sync-client.md). */
function legacyRoomOf(session: GesprekSession): { legacyRoomId?: string; onLegacyRead?: () => void } {
  if (session.record.roomVersion === 2) return {};
  return {
    legacyRoomId: session.id,
    onLegacyRead: () => {
      session.record.roomVersion = 2;
      void updateGesprek(session.id, { roomVersion: 2 }).catch(() => undefined);
    },
  };
}

export function createGesprekSync(session: GesprekSession, origin = location.origin): GesprekSync {
  const store = createStore<GesprekSyncState>(() => (session.record.roomKey ? { roomKey: session.record.roomKey } : {}));
  let sync: SyncSession | undefined;
  let unsubscribe: (() => void) | undefined;
  let unsent: UnsentChangesMemory | undefined;
  let focused: string | undefined;
  let screen: string | undefined;
  let closed = false;
  let lastSyncedWrite = 0;
  let caughtUp = false;

  const announce = () => {
    const { role } = store.getState();
    if (sync && role) void sync.setPresence({ role, ...(focused ? { field: focused } : {}), ...(screen ? { screen } : {}) });
  };

  const start = async (roomKey: string) => {
    const { startSyncWithKeyFallback, syncUrlFor } = await loadSync();
    if (closed) return;
    const pendingAtStart = session.record.unsentChanges ?? 0;
    const legacy = legacyRoomOf(session);
    const alternativeRoomKeys = session.record.alternativeRoomKeys ?? [];
    const started = await startSyncWithKeyFallback({
      doc: session.doc,
      roomKey,
      alternativeRoomKeys,
      onRoomKeysChanged: switchKeys,
      url: syncUrlFor(origin),
      pendingAtStart,
      ...legacy,
    });
    if (closed) return started.destroy();
    sync = started;
    unsent = rememberUnsentChanges(session.id, pendingAtStart);
    unsubscribe = started.subscribe((status) => {
      store.setState({ status });
      // Live while connected and caught up with the server: what either tablet types reaches the other at once.
      // Anything else is apart (see docs/conflicts-and-history.md).
      // `synced` also waits for our own acknowledgements, so it flickers while typing: latch it per connection.
      caughtUp = status.state === 'connected' && (caughtUp || status.synced);
      session.tracker.setLive(caughtUp);
      unsent?.update(status.pendingChanges);
      // "Last synced" is for the list on home; once a minute is plenty, not once per keystroke.
      if (status.synced && Date.now() - lastSyncedWrite > 60_000) {
        lastSyncedWrite = Date.now();
        void updateGesprek(session.id, { lastSyncedAt: lastSyncedWrite }).catch(() => undefined);
      }
    });
    announce();
  };
  // The server refused the stored key and accepted an alternative from a restored backup.
  const switchKeys = (keys: RoomKeys) => {
    session.record = { ...session.record, ...keys };
    store.setState({ roomKey: keys.roomKey });
    void updateGesprek(session.id, keys).catch(() => undefined);
  };
  // One start at a time: "Delen" while the stored key is still connecting must not open a second sync.
  let starting: Promise<void> | undefined;
  const connect = (roomKey: string): Promise<void> => {
    starting ??= start(roomKey).catch((error: unknown) => {
      starting = undefined;
      throw error;
    });
    return starting;
  };

  void readRole().then((role) => {
    if (role) store.setState({ role });
    session.tracker.setRole(role);
    announce();
  });
  // Sync (its chunk, the key import, the socket) starts once the gesprek is on screen: typing
  // meanwhile is stored, and sent once connected. A failed start is retried by "Delen"; the status
  // line keeps saying the gesprek is not connected. The key is read then: "Stoppen met delen" may
  // have forgotten it.
  const cancelStart = afterNextPaint(() => {
    const roomKey = session.record.roomKey;
    if (roomKey && !closed) connect(roomKey).catch(() => undefined);
  });

  return {
    store,
    async share() {
      const { formatPairingLink, newRoomKeyText } = await loadSync();
      let roomKey = store.getState().roomKey;
      if (!roomKey) {
        roomKey = newRoomKeyText();
        // A new key has no legacy room: it syncs in the room bound to it from the start.
        session.record.roomVersion = 2;
        await updateGesprek(session.id, { roomKey, roomVersion: 2 });
        store.setState({ roomKey });
      }
      await connect(roomKey);
      return formatPairingLink(origin, { gesprekId: session.id, roomKey });
    },
    async setRole(role) {
      // Shown at once: the radio is controlled by this state, and any re-render before the save
      // finished (sync starting, presence) would take the tap back.
      store.setState({ role });
      session.tracker.setRole(role);
      announce();
      await saveRole(role);
    },
    setScreen(next) {
      if (next === screen) return;
      screen = next;
      announce();
    },
    setFocusedField(field) {
      if (field === focused) return;
      focused = field;
      announce();
    },
    async exportFile() {
      const roomKey = store.getState().roomKey;
      if (!roomKey) throw new Error('Share the gesprek before exporting it as a file');
      const { exportGesprekFile } = await loadSync();
      // The other tablet may merge this file: what is typed after it is a new period.
      session.tracker.startNewPeriod();
      const bytes = await exportGesprekFile(session.doc, session.id, roomKey);
      const name = exchangeFileName(readText(session.doc, 'contact.school.naamSchool'), gespreksdatum(session.doc));
      return new File([bytes], name, { type: 'application/octet-stream' });
    },
    async stopSharing() {
      await starting?.catch(() => undefined);
      unsubscribe?.();
      void unsent?.flush();
      sync?.destroy();
      sync = undefined;
      unsubscribe = undefined;
      starting = undefined;
      await updateGesprek(session.id, { roomKey: undefined, lastSyncedAt: undefined, unsentChanges: undefined });
      // The session's copy of the row must not reconnect with the forgotten key.
      const { roomKey: _forgotten, ...rest } = session.record;
      session.record = rest;
      const { role } = store.getState();
      store.setState(role ? { role } : {}, true);
    },
    close() {
      closed = true;
      cancelStart();
      session.tracker.setLive(false);
      unsubscribe?.();
      void unsent?.flush();
      sync?.destroy();
    },
  };
}
