/**
 * Alternative keys after a final 4401 (docs/sync-client.md, "Alternative keys"): a restored backup
 * may have brought a gesprek's other key. When the server refuses the working key for good, each
 * alternative is tried once, each in the room it names itself (`roomIdFromToken`). The first one
 * the server accepts becomes the working key (the refused one is kept as an alternative); only
 * when none is accepted does the status say `refused`.
 */
import type { Presence } from './encryptedPresence.ts';
import { startEncryptedSync, type EncryptedSync, type EncryptedSyncOptions } from './encryptedSync.ts';
import { StatusStore, type StatusListener, type SyncStatus } from './syncStatus.ts';

export interface RoomKeys {
  roomKey: string;
  alternativeRoomKeys: string[];
}

export interface KeyFallbackOptions extends EncryptedSyncOptions {
  alternativeRoomKeys?: readonly string[];
  /** An alternative was accepted: store these as the gesprek's keys. */
  onRoomKeysChanged?: (keys: RoomKeys) => void;
}

/** What the app uses of a running sync, whichever key it runs on. */
export type SyncSession = Pick<EncryptedSync, 'getStatus' | 'subscribe' | 'setPresence' | 'reconnect' | 'whenIdle' | 'destroy' | 'roomId'>;

export async function startSyncWithKeyFallback(options: KeyFallbackOptions): Promise<SyncSession> {
  const fallback = new KeyFallbackSync(options);
  await fallback.start();
  return fallback;
}

class KeyFallbackSync implements SyncSession {
  private readonly status = new StatusStore();
  private current: EncryptedSync | undefined;
  private unsubscribe: (() => void) | undefined;
  private workingKey: string;
  /** Keys not tried yet after a refusal, in the order the record lists them. */
  private readonly untried: string[];
  /** The key being tried after a refusal, until the server accepts or refuses it. */
  private trying: { key: string; refused: string } | undefined;
  private presence: Presence | undefined;
  private destroyed = false;

  constructor(private readonly options: KeyFallbackOptions) {
    this.workingKey = options.roomKey;
    this.untried = [...new Set(options.alternativeRoomKeys ?? [])].filter((key) => key !== options.roomKey);
  }

  get roomId(): string {
    return this.current?.roomId ?? '';
  }

  async start(): Promise<void> {
    await this.run(this.workingKey);
  }

  getStatus(): SyncStatus {
    return this.status.get();
  }

  subscribe(listener: StatusListener): () => void {
    return this.status.subscribe(listener);
  }

  setPresence(presence: Presence): Promise<void> {
    this.presence = presence;
    return this.current?.setPresence(presence) ?? Promise.resolve();
  }

  reconnect(): void {
    this.current?.reconnect();
  }

  whenIdle(): Promise<void> {
    return this.current?.whenIdle() ?? Promise.resolve();
  }

  destroy(): void {
    this.destroyed = true;
    this.stopCurrent();
    this.status.clear();
  }

  private async run(key: string): Promise<void> {
    const sync = await startEncryptedSync({ ...this.options, roomKey: key });
    if (this.destroyed) return sync.destroy();
    this.current = sync;
    this.unsubscribe = sync.subscribe((status) => this.onStatus(status));
    if (this.presence) void sync.setPresence(this.presence);
  }

  private onStatus(status: SyncStatus): void {
    if (status.refused && this.untried.length > 0) {
      void this.tryNext(this.trying?.refused ?? this.workingKey);
      return; // not "refused" yet: another key may open the gesprek
    }
    if (this.trying && status.state === 'connected') this.accept(this.trying);
    this.status.update(status);
  }

  /** `refused` is the working key that the server would not take; it stays one until an alternative is accepted. */
  private async tryNext(refused: string): Promise<void> {
    const key = this.untried.shift();
    if (key === undefined) return;
    this.stopCurrent();
    this.trying = { key, refused };
    this.status.update({ state: 'connecting', synced: false });
    await this.run(key).catch(() => this.onStatus({ ...this.status.get(), refused: true }));
  }

  private accept({ key, refused }: { key: string; refused: string }): void {
    this.trying = undefined;
    this.workingKey = key;
    const others = [refused, ...(this.options.alternativeRoomKeys ?? [])].filter((other) => other !== key);
    this.options.onRoomKeysChanged?.({ roomKey: key, alternativeRoomKeys: [...new Set(others)] });
  }

  private stopCurrent(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.current?.destroy();
    this.current = undefined;
  }
}
