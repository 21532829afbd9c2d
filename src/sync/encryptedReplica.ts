/** Binds a plaintext gesprek Y.Doc to an envelope Y.Doc: seals local updates, opens remote entries, compacts. */
import * as Y from 'yjs';
import { DEFAULT_COMPACTION, needsCompaction, replaceEntries, type CompactionLimits } from './compaction.ts';
import { contentAad, entryIdentity, openEntry, sealEntry, type EntryProblem } from './envelope.ts';
import { envelopeEntries, isEntryBytes } from './envelopeDoc.ts';
import { ENVELOPE_ORIGIN, REMOTE_ORIGIN } from './origins.ts';

export type { CompactionLimits } from './compaction.ts';

export interface EncryptedReplicaOptions {
  plain: Y.Doc;
  envelope: Y.Doc;
  roomId: string;
  key: CryptoKey;
  compaction?: Partial<CompactionLimits>;
  /** Local changes the server had not confirmed when this tablet last ran (kept by the app). */
  pendingAtStart?: number;
  /** Called whenever a counter or the live flag changed. */
  onChange?: () => void;
  onDecryptError?: (problem: EntryProblem) => void;
}

type EntryState = 'opening' | 'read' | 'failed';

/**
 * Transport-agnostic: the provider (or a test network) moves the envelope doc around and says
 * when it is online and synced. The mirror doc holds exactly what the envelope holds, decrypted;
 * its state vector is "what the envelope already has", so a reconnect sends only the difference.
 */
export class EncryptedReplica {
  pendingLocal = 0;
  decryptErrors = 0;
  private live = false;
  private readonly mirror = new Y.Doc();
  private readonly entryStates = new Map<string, EntryState>();
  private readonly aad: Uint8Array;
  private readonly limits: CompactionLimits;
  private opening = 0;
  private sealing = 0;
  private idleWaiters: Array<() => void> = [];
  private generation = 0;
  private compacting = false;
  private lastSnapshotBytes = 0;
  private destroyed = false;

  constructor(private readonly options: EncryptedReplicaOptions) {
    this.aad = contentAad(options.roomId);
    this.limits = { ...DEFAULT_COMPACTION, ...options.compaction };
    this.pendingLocal = options.pendingAtStart ?? 0;
    options.plain.on('update', this.onPlainUpdate);
    envelopeEntries(options.envelope).observe(this.onEntriesChanged);
    this.openNewEntries();
  }

  get isLive(): boolean {
    return this.live;
  }

  /** True while sealing or opening is under way; pending changes are not confirmed before it is false. */
  get isBusy(): boolean {
    return this.opening + this.sealing > 0 || this.compacting;
  }

  /** The transport is connected and has delivered the server's envelope: catch up, then send what it lacks. */
  async goOnline(): Promise<void> {
    const generation = ++this.generation;
    this.openNewEntries();
    await this.whenOpened();
    if (generation !== this.generation || this.destroyed) return;
    this.live = true;
    // One batched entry for everything typed while offline (or never sent before).
    this.sealIfNew(Y.encodeStateAsUpdate(this.options.plain, Y.encodeStateVector(this.mirror)));
    this.changed();
    this.compactIfLarge();
  }

  /** No per-keystroke appends while disconnected: the next goOnline sends one batched entry. */
  goOffline(): void {
    this.generation++;
    if (!this.live) return;
    this.live = false;
    this.changed();
  }

  /** The transport has nothing unacknowledged: every local change so far is with the server. */
  confirmDelivered(): void {
    if (!this.live || this.isBusy || this.pendingLocal === 0) return;
    this.pendingLocal = 0;
    this.changed();
  }

  whenIdle(): Promise<void> {
    if (!this.isBusy) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Replace every entry this tablet has read by one sealed snapshot of them, in one transaction. */
  async compactNow(): Promise<boolean> {
    if (this.compacting || this.destroyed) return false;
    const readIds = this.readEntries().ids;
    if (readIds.size < 2) return false;
    this.compacting = true;
    try {
      // Taken together, synchronously: the snapshot contains every entry in readIds.
      const snapshot = Y.encodeStateAsUpdate(this.mirror);
      const sealed = await sealEntry(this.options.key, snapshot, this.aad);
      if (this.destroyed) return false;
      this.entryStates.set(entryIdentity(sealed), 'read');
      replaceEntries(this.options.envelope, readIds, sealed);
      for (const id of readIds) this.entryStates.delete(id);
      this.lastSnapshotBytes = sealed.length;
      return true;
    } finally {
      this.compacting = false;
      this.settle();
    }
  }

  destroy(): void {
    this.destroyed = true;
    this.live = false;
    this.options.plain.off('update', this.onPlainUpdate);
    envelopeEntries(this.options.envelope).unobserve(this.onEntriesChanged);
    this.mirror.destroy();
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private readonly onPlainUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === REMOTE_ORIGIN) return;
    this.pendingLocal++;
    if (this.live) this.sealIfNew(update);
    this.changed();
  };

  private readonly onEntriesChanged = (): void => {
    this.openNewEntries();
    this.compactIfLarge();
  };

  /** Apply to the mirror first: if the envelope already has it, nothing is appended. */
  private sealIfNew(update: Uint8Array): void {
    let isNew = false;
    const markNew = (): void => {
      isNew = true;
    };
    this.mirror.on('update', markNew);
    try {
      Y.applyUpdate(this.mirror, update, ENVELOPE_ORIGIN);
    } finally {
      this.mirror.off('update', markNew);
    }
    if (!isNew) return;
    this.sealing++;
    void sealEntry(this.options.key, update, this.aad)
      .then((sealed) => {
        if (this.destroyed) return;
        this.entryStates.set(entryIdentity(sealed), 'read');
        const entries = envelopeEntries(this.options.envelope);
        this.options.envelope.transact(() => entries.push([sealed]), ENVELOPE_ORIGIN);
      })
      .finally(() => {
        this.sealing--;
        this.settle();
      });
  }

  private openNewEntries(): void {
    if (this.destroyed) return;
    for (const value of envelopeEntries(this.options.envelope).toArray()) {
      if (!isEntryBytes(value)) continue;
      const id = entryIdentity(value);
      if (this.entryStates.has(id)) continue;
      this.entryStates.set(id, 'opening');
      this.opening++;
      void this.open(value, id).finally(() => {
        this.opening--;
        this.settle();
      });
    }
  }

  private async open(entry: Uint8Array, id: string): Promise<void> {
    const opened = await openEntry(this.options.key, entry, this.aad);
    if (this.destroyed) return;
    if (!opened.ok) return this.failed(id, opened.error);
    try {
      Y.applyUpdate(this.mirror, opened.value, REMOTE_ORIGIN);
      Y.applyUpdate(this.options.plain, opened.value, REMOTE_ORIGIN);
    } catch {
      return this.failed(id, { code: 'not-applicable' });
    }
    if (this.entryStates.get(id) === 'opening') this.entryStates.set(id, 'read');
  }

  private failed(id: string, problem: EntryProblem): void {
    this.entryStates.set(id, 'failed');
    this.decryptErrors++;
    this.options.onDecryptError?.(problem);
    this.changed();
  }

  /** The entries in the envelope now that this tablet has decrypted and applied. */
  private readEntries(): { ids: Set<string>; bytes: number } {
    const ids = new Set<string>();
    let bytes = 0;
    for (const value of envelopeEntries(this.options.envelope).toArray()) {
      if (!isEntryBytes(value)) continue;
      const id = entryIdentity(value);
      if (this.entryStates.get(id) !== 'read') continue;
      ids.add(id);
      bytes += value.length;
    }
    return { ids, bytes };
  }

  private compactIfLarge(): void {
    if (!this.live || this.compacting || this.destroyed) return;
    const read = this.readEntries();
    if (needsCompaction({ count: read.ids.size, bytes: read.bytes }, this.limits, this.lastSnapshotBytes)) {
      void this.compactNow();
    }
  }

  private whenOpened(): Promise<void> {
    return this.opening === 0 ? Promise.resolve() : this.whenIdle();
  }

  private settle(): void {
    if (!this.isBusy) for (const resolve of this.idleWaiters.splice(0)) resolve();
    this.changed();
  }

  private changed(): void {
    if (!this.destroyed) this.options.onChange?.();
  }
}
