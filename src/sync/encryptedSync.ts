/** Live, end-to-end encrypted sync of one gesprek over a Hocuspocus connection; the server sees only the envelope. */
import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { CLOSE, SYNC_PATH, confirmMessage, noSyncStatusMessage, parseStatelessMessage, roomIdFromToken } from '../protocol/index.ts';
import type { EntryProblem } from './envelope.ts';
import { EncryptedPresence, type Presence } from './encryptedPresence.ts';
import { EncryptedReplica, type CompactionLimits } from './encryptedReplica.ts';
import { readLegacyRoom, type LegacyRoomReader } from './legacyRoom.ts';
import { REMOTE_ORIGIN } from './origins.ts';
import { deriveConnectionToken, importRoomKey, roomKeyFromBase64Url } from './roomKey.ts';
import { StoppableSocket, type ReconnectBounds } from './stoppableSocket.ts';
import { StatusStore, type StatusListener, type SyncStatus } from './syncStatus.ts';

export interface EncryptedSyncOptions {
  /** The plaintext gesprek, owned and persisted by the storage layer. It is never sent anywhere. */
  doc: Y.Doc;
  /** base64url (as in the pairing link and in storage). The sync room is derived from it. */
  roomKey: string;
  /**
   * Set for a gesprek shared before rooms were bound to the key: its legacy room (named by the
   * gesprek id) is read once and merged; `onLegacyRead` says when that is done for good.
   */
  legacyRoomId?: string;
  onLegacyRead?: () => void;
  /** e.g. `${location.origin.replace(/^http/, 'ws')}/sync` — see syncUrlFor(). */
  url: string;
  /** Node has no global WebSocket before v22: tests pass `ws`. */
  WebSocketPolyfill?: unknown;
  compaction?: Partial<CompactionLimits>;
  /** Local changes the server had not confirmed when this tablet last ran: counted until it confirms. */
  pendingAtStart?: number;
  /** Reconnect backoff bounds in ms (default 1 s … 30 s, doubling). */
  reconnectDelay?: ReconnectBounds;
  onDecryptError?: (problem: EntryProblem) => void;
}

/** While connected, the envelope is checked for what it lost this often (docs/sync-client.md, "Healing"). */
export const HEAL_INTERVAL_MS = 5 * 60 * 1000;

/** Closes that mean "the server has trouble of its own": said as such, and retried. */
const SERVER_TROUBLE: ReadonlySet<number> = new Set([CLOSE.serverTrouble, CLOSE.storageFull, CLOSE.roomFull, CLOSE.tooManyNewRooms]);

export function syncUrlFor(origin: string): string {
  return `${origin.replace(/^http/, 'ws').replace(/\/+$/, '')}${SYNC_PATH}`;
}

export async function startEncryptedSync(options: EncryptedSyncOptions): Promise<EncryptedSync> {
  const keyBytes = roomKeyFromBase64Url(options.roomKey);
  if (keyBytes === null) throw new Error('Invalid room key');
  const [key, token] = await Promise.all([importRoomKey(keyBytes), deriveConnectionToken(keyBytes)]);
  return new EncryptedSync(options, key, token);
}

export class EncryptedSync {
  /** The sync room: bound to the key (docs/sync-protocol.md), not the gesprek id. */
  readonly roomId: string;
  private readonly status = new StatusStore();
  private readonly envelope = new Y.Doc();
  private readonly socket: StoppableSocket;
  private readonly provider: HocuspocusProvider;
  private readonly replica: EncryptedReplica;
  private readonly presence: EncryptedPresence;
  private legacy: LegacyRoomReader | undefined;
  private healTimer: ReturnType<typeof setInterval> | undefined;
  private attempted = false;
  private ready = false;
  private destroyed = false;

  constructor(
    private readonly options: EncryptedSyncOptions,
    key: CryptoKey,
    token: string,
  ) {
    this.roomId = roomIdFromToken(token);
    const delay = options.reconnectDelay ?? { min: 1000, max: 30_000 };
    this.socket = new StoppableSocket({ url: options.url, WebSocketPolyfill: options.WebSocketPolyfill }, delay);
    this.replica = new EncryptedReplica({
      plain: options.doc,
      envelope: this.envelope,
      roomId: this.roomId,
      key,
      ...(options.compaction ? { compaction: options.compaction } : {}),
      ...(options.pendingAtStart ? { pendingAtStart: options.pendingAtStart } : {}),
      askStored: (ids) => this.provider.sendStateless(confirmMessage(ids)),
      onChange: () => this.refresh(),
      ...(options.onDecryptError ? { onDecryptError: options.onDecryptError } : {}),
    });
    // What waited when the app last ran is said from the first status on, not after a connection attempt.
    this.status.update({ pendingChanges: this.replica.pendingLocal });
    this.provider = new HocuspocusProvider({ websocketProvider: this.socket, name: this.roomId, document: this.envelope, token });
    const awareness = this.provider.awareness;
    if (!awareness) throw new Error('Provider has no awareness');
    this.presence = new EncryptedPresence(awareness, key, this.roomId, (peers) => this.status.update({ peers }));
    this.listen();
    this.ready = true;
    this.provider.attach();
    globalThis.addEventListener?.('online', this.onBrowserOnline);
    options.doc.on('update', this.onLocalActivity);
    if (options.legacyRoomId) this.readLegacy(options.legacyRoomId, key, token, delay);
  }

  getStatus(): SyncStatus {
    return this.status.get();
  }

  /** Calls the listener now and on every change; returns the unsubscribe function. */
  subscribe(listener: StatusListener): () => void {
    return this.status.subscribe(listener);
  }

  /** Who I am and where I type; sent encrypted. Call again whenever the focused field changes. */
  setPresence(presence: Presence): Promise<void> {
    return this.presence.set(presence);
  }

  /** Retry now (e.g. after the user taps "Opnieuw verbinden"); a refused token stays refused. */
  reconnect(): void {
    if (this.destroyed || this.status.get().refused) return;
    this.socket.resume();
  }

  /** Resolves when nothing is being encrypted or decrypted right now (mainly for tests). */
  whenIdle(): Promise<void> {
    return this.replica.whenIdle();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    clearInterval(this.healTimer);
    globalThis.removeEventListener?.('online', this.onBrowserOnline);
    this.options.doc.off('update', this.onLocalActivity);
    this.legacy?.destroy();
    this.presence.destroy();
    this.replica.destroy();
    this.provider.destroy();
    this.socket.destroy();
    this.envelope.destroy();
    this.status.clear();
  }

  private readLegacy(legacyRoomId: string, key: CryptoKey, token: string, reconnectDelay: ReconnectBounds): void {
    const { url, WebSocketPolyfill, doc, onLegacyRead } = this.options;
    this.legacy = readLegacyRoom({ url, WebSocketPolyfill, legacyRoomId, token, key, plain: doc, reconnectDelay });
    void this.legacy.done.then(() => {
      this.legacy = undefined;
      if (!this.destroyed) onLegacyRead?.();
    });
  }

  private listen(): void {
    this.provider.on('status', ({ status }: { status: string }) => {
      if (status === 'connected' || this.destroyed) return; // 'connected' waits for authentication
      if (status === 'connecting') this.setState(this.attempted ? this.offlineState() : 'connecting');
      else this.wentOffline();
    });
    this.provider.on('authenticated', () => {
      // "Gesynchroniseerd" waits for `stored`, never for Hocuspocus' sync status: spare those bytes.
      this.provider.sendStateless(noSyncStatusMessage());
      this.attempted = true;
      this.status.update({ serverTrouble: false });
      this.setState('connected');
    });
    // Permission denied alone is not final: only the close code CLOSE.wrongKey is (docs/sync-protocol.md).
    this.provider.on('close', ({ event }: { event: { code?: number } }) => {
      if (event.code === CLOSE.wrongKey) this.refuse();
      else if (event.code !== undefined) this.status.update({ serverTrouble: SERVER_TROUBLE.has(event.code) });
      this.wentOffline();
    });
    this.provider.on('synced', () => {
      this.socket.healthy();
      void this.replica.goOnline();
      clearInterval(this.healTimer);
      this.healTimer = setInterval(() => void this.replica.heal(), HEAL_INTERVAL_MS);
    });
    this.provider.on('unsyncedChanges', () => this.refresh());
    this.provider.on('stateless', ({ payload }: { payload: string }) => {
      const message = parseStatelessMessage(payload);
      if (message?.t === 'stored') this.replica.markStored(message.ids);
    });
  }

  private offlineState(): SyncStatus['state'] {
    return this.socket.isPaused ? 'paused' : 'offline';
  }

  private wentOffline(): void {
    if (this.destroyed) return;
    this.attempted = true; // from now on, retries show as "Niet verbonden", not "Verbinden…"
    clearInterval(this.healTimer);
    this.replica.goOffline();
    this.setState(this.offlineState());
  }

  private refuse(): void {
    if (this.status.get().refused) return;
    this.status.update({ refused: true, serverTrouble: false });
    this.socket.stop(); // the token will not get better by retrying
    this.wentOffline();
  }

  private setState(state: SyncStatus['state']): void {
    this.status.update({ state });
    this.refresh();
  }

  private refresh(): void {
    if (this.destroyed || !this.ready) return;
    const connected = this.status.get().state === 'connected';
    const replica = this.replica;
    this.status.update({
      pendingChanges: replica.pendingLocal,
      decryptErrors: replica.decryptErrors,
      unreadableEntries: replica.decryptErrors > 0,
      // Stored, not only received: every entry of ours is named by a `stored` message.
      synced: connected && replica.settled,
    });
  }

  /** After an idle close, the user's typing brings the connection back. */
  private readonly onLocalActivity = (_update: Uint8Array, origin: unknown): void => {
    if (origin === REMOTE_ORIGIN || !this.socket.isPaused || this.status.get().refused) return;
    this.socket.resume();
    this.setState('connecting');
  };

  private readonly onBrowserOnline = (): void => this.reconnect();
}
