/**
 * Binds a plaintext gesprek Y.Doc to an envelope Y.Doc: seals local updates, tracks which of its
 * entries the server has stored, heals an envelope that lost something, and compacts. Reading and
 * opening entries is the ledger's job (entryLedger.ts). Transport-agnostic: the provider (or a test
 * network) moves the envelope doc and says when it is online. See docs/sync-client.md.
 */
import * as Y from 'yjs';
import { applyIfNew } from './applyIfNew.ts';
import { DEFAULT_COMPACTION, needsCompaction, replaceEntries, type CompactionLimits } from './compaction.ts';
import { Confirmations, inChunks } from './confirmations.ts';
import { contentAad, sealEntry, type EntryProblem } from './envelope.ts';
import { envelopeEntries } from './envelopeDoc.ts';
import { EntryLedger } from './entryLedger.ts';
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
  /** Undecryptable entries tried before giving up on new unknown ones. */
  maxFailures?: number;
  /** Ask the server which of these entries its store holds (a `confirm` message). */
  askStored?: (ids: string[]) => void;
  /** Called whenever a counter or the live flag changed. */
  onChange?: () => void;
  onDecryptError?: (problem: EntryProblem) => void;
}

export class EncryptedReplica {
  pendingLocal = 0;
  private live = false;
  private mirror = new Y.Doc();
  private readonly ledger: EntryLedger;
  private readonly confirmations = new Confirmations();
  private readonly limits: CompactionLimits;
  private readonly aad: Uint8Array;
  private sealing = 0;
  /** New local updates that arrived while a seal was under way: they go out merged, as the next entry. */
  private waitingToSeal: Uint8Array[] = [];
  private compacting = false;
  private ownCompaction = false;
  private healing: Promise<void> | undefined;
  private startupCheck: boolean;
  private generation = 0;
  private lastSnapshotBytes = 0;
  private idleWaiters: Array<() => void> = [];
  /** Woken when nothing is opened, sealed or compacted (a heal waits for that, not for itself). */
  private quietWaiters: Array<() => void> = [];
  private destroyed = false;

  constructor(private readonly options: EncryptedReplicaOptions) {
    this.aad = contentAad(options.roomId);
    this.limits = { ...DEFAULT_COMPACTION, ...options.compaction };
    this.pendingLocal = options.pendingAtStart ?? 0;
    this.startupCheck = this.pendingLocal > 0;
    this.ledger = new EntryLedger({
      envelope: options.envelope,
      key: options.key,
      aad: this.aad,
      ...(options.maxFailures !== undefined ? { maxFailures: options.maxFailures } : {}),
      apply: (update) => this.applyRemote(update),
      onProblem: (code) => {
        this.options.onDecryptError?.({ code });
        this.changed();
      },
      onRemoved: (id) => this.entryRemoved(id),
      onIdle: () => this.settle(),
    });
    options.plain.on('update', this.onPlainUpdate);
    envelopeEntries(options.envelope).observe(this.onEntriesChanged);
  }

  get isLive(): boolean {
    return this.live;
  }

  /** Entries that could not be opened (skipped, never applied). */
  get decryptErrors(): number {
    return this.ledger.failures;
  }

  /** This tablet's entries the server has not confirmed as stored. */
  get unconfirmed(): number {
    return this.confirmations.size;
  }

  private get isQuiet(): boolean {
    return !this.ledger.isOpening && this.sealing === 0 && !this.compacting;
  }

  /** Live, idle, and every change of ours confirmed stored: what "gesynchroniseerd" may say. */
  get settled(): boolean {
    return this.live && !this.isBusy && this.confirmations.size === 0 && this.pendingLocal === 0;
  }

  /** True while sealing, opening, healing or compacting is under way. */
  get isBusy(): boolean {
    return this.ledger.isOpening || this.sealing > 0 || this.compacting || this.healing !== undefined;
  }

  /** Connected, and the server's envelope is here: catch up, heal (send what it lacks), ask for confirmations. */
  async goOnline(): Promise<void> {
    const generation = ++this.generation;
    await this.ledger.whenOpened();
    if (generation !== this.generation || this.destroyed) return;
    this.live = true;
    // Start healing before telling anyone we are live: until it has compared, "settled" must not hold.
    const healing = this.heal();
    this.changed();
    await healing;
    if (generation !== this.generation || this.destroyed) return;
    if (this.startupCheck) {
      // Changes from the last run: confirmed once the store holds every entry the envelope has now.
      this.startupCheck = false;
      for (const id of this.ledger.idsIn('read')) this.confirmations.expect(id);
    }
    this.askForConfirmation();
    this.compactIfLarge();
    this.settle();
  }

  /** No per-keystroke appends while disconnected: the next goOnline heals with one batched entry. */
  goOffline(): void {
    this.generation++;
    if (!this.live) return;
    this.live = false;
    this.changed();
  }

  /** The server's `stored` message: these entries are in its store. */
  markStored(ids: readonly string[]): void {
    this.confirmations.markStored(ids);
    this.settle();
  }

  /**
   * Rebuild "what the envelope holds" from the entries now in it (cached, no decryption) and send,
   * as one entry, what the gesprek has that the envelope lacks. After every (re)connect and now and then.
   */
  heal(): Promise<void> {
    if (!this.live || this.destroyed) return Promise.resolve();
    this.healing ??= this.rebuildAndSend().finally(() => {
      this.healing = undefined;
      this.settle();
    });
    return this.healing;
  }

  whenIdle(): Promise<void> {
    if (!this.isBusy) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Replace every entry this tablet has read (and those that failed authentication) by one snapshot. */
  async compactNow(): Promise<boolean> {
    if (this.compacting || this.destroyed) return false;
    const readIds = this.ledger.idsIn('read');
    if (readIds.size + this.ledger.total('failed').count < 2 || readIds.size === 0) return false;
    this.compacting = true;
    try {
      // Exactly what the replaced entries held, from the cache: nothing more, so nothing is sent twice.
      const held = this.ledger.heldDoc(readIds);
      const snapshot = Y.encodeStateAsUpdate(held);
      held.destroy();
      const sealed = await sealEntry(this.options.key, snapshot, this.aad);
      if (this.destroyed) return false;
      // Entries read meanwhile stay for the next compaction; entries gone meanwhile are not deleted twice.
      const doomed = new Set([...readIds, ...this.ledger.idsIn('failed')]);
      this.confirmations.expect(this.ledger.adopt(sealed, snapshot));
      this.ownCompaction = true;
      try {
        replaceEntries(this.options.envelope, doomed, sealed);
      } finally {
        this.ownCompaction = false;
      }
      this.lastSnapshotBytes = sealed.length;
      return true;
    } catch {
      return false;
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
    this.ledger.destroy();
    this.mirror.destroy();
    for (const resolve of [...this.idleWaiters.splice(0), ...this.quietWaiters.splice(0)]) resolve();
  }

  private async rebuildAndSend(): Promise<void> {
    await Promise.resolve(); // out of the Yjs observer or seal callback that asked for it
    while (!this.isQuiet) {
      await new Promise<void>((resolve) => this.quietWaiters.push(resolve));
      if (this.destroyed) return;
    }
    if (!this.live) return;
    this.mirror.destroy();
    this.mirror = this.ledger.heldDoc();
    this.sealIfNew(Y.encodeStateAsUpdate(this.options.plain, Y.encodeStateVector(this.mirror)));
  }

  private readonly onPlainUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === REMOTE_ORIGIN) return;
    this.pendingLocal++;
    if (this.live) this.sealIfNew(update);
    this.changed();
  };

  private readonly onEntriesChanged = (): void => this.compactIfLarge();

  private applyRemote(update: Uint8Array): boolean {
    try {
      Y.applyUpdate(this.mirror, update, REMOTE_ORIGIN);
      Y.applyUpdate(this.options.plain, update, REMOTE_ORIGIN);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * The mirror says what the envelope has or will have: an update it already holds is not sealed.
   * One seal at a time: what arrives meanwhile (a slow tablet catching up on typing) is merged into
   * the next entry, so a burst costs one entry, one send and one open on the other tablet.
   * A seal that fails leaves the mirror ahead of the envelope, so the mirror is rebuilt by a heal.
   */
  private sealIfNew(update: Uint8Array): void {
    if (!applyIfNew(this.mirror, update, ENVELOPE_ORIGIN)) return;
    this.waitingToSeal.push(update);
    if (this.sealing === 0) this.sealNext();
  }

  private sealNext(): void {
    const waiting = this.waitingToSeal.splice(0);
    if (waiting.length === 0 || this.destroyed) return;
    const update = waiting.length === 1 ? (waiting[0] as Uint8Array) : Y.mergeUpdates(waiting);
    this.sealing++;
    sealEntry(this.options.key, update, this.aad)
      .then((sealed) => {
        if (this.destroyed) return;
        this.confirmations.expect(this.ledger.adopt(sealed, update));
        const entries = envelopeEntries(this.options.envelope);
        // At the front: the envelope is a set, and Yjs walks the whole list to append at the end.
        this.options.envelope.transact(() => entries.insert(0, [sealed]), ENVELOPE_ORIGIN);
      })
      .catch(() => this.afterFailedSeal())
      .finally(() => {
        this.sealing--;
        this.sealNext();
        this.settle();
      });
  }

  private afterFailedSeal(): void {
    if (this.destroyed) return;
    this.options.onDecryptError?.({ code: 'not-applicable' });
    // Set now, run once this seal has settled: the heal rebuilds the mirror from the envelope and seals again.
    void this.heal();
  }

  /** An entry of ours gone before the store confirmed it: whatever holds its content now must be confirmed. */
  private entryRemoved(id: string): void {
    if (this.ownCompaction) {
      this.confirmations.drop(id); // our own snapshot, already expected, holds it
      return;
    }
    if (this.confirmations.has(id)) {
      this.confirmations.drop(id);
      for (const other of this.ledger.idsIn('read')) if (!this.confirmations.isStored(other)) this.confirmations.expect(other);
    }
    // Another tablet's compaction or a token holder deleting: check the envelope still holds everything.
    if (this.live) void this.heal().then(() => this.askForConfirmation());
  }

  private askForConfirmation(): void {
    if (!this.live || !this.options.askStored) return;
    for (const chunk of inChunks(this.confirmations.ids())) this.options.askStored(chunk);
  }

  private compactIfLarge(): void {
    if (!this.live || this.compacting || this.destroyed) return;
    const read = this.ledger.total('read');
    const failed = this.ledger.total('failed');
    if (needsCompaction({ count: read.count + failed.count, bytes: read.bytes + failed.bytes }, this.limits, this.lastSnapshotBytes)) {
      void this.compactNow();
    }
  }

  /** "Nothing waits" only when live, idle and every entry of ours is confirmed stored. */
  private settle(): void {
    if (this.live && !this.isBusy && this.confirmations.size === 0 && !this.startupCheck) this.pendingLocal = 0;
    if (this.isQuiet) for (const resolve of this.quietWaiters.splice(0)) resolve();
    if (!this.isBusy) for (const resolve of this.idleWaiters.splice(0)) resolve();
    this.changed();
  }

  private changed(): void {
    if (!this.destroyed) this.options.onChange?.();
  }
}
