/**
 * The entry ledger: which entries the envelope holds now, and what each one says. It follows the
 * envelope by its updates, decoded (a keystroke costs its own size, never a walk over every entry:
 * Y.Array events compute their delta by walking the whole array), opens new entries,
 * and caches each opened update by entry id, so "what the envelope holds" can be rebuilt cheaply.
 * Undecryptable entries are bounded: past `maxFailures` it stops trying (docs/sync-client.md).
 */
import * as Y from 'yjs';
import { entryId } from '../protocol/index.ts';
import { isKnownVersion, openEntry, type EntryProblemCode } from './envelope.ts';
import { isEntryBytes } from './envelopeDoc.ts';

/**
 * 'read': opened and applied; 'failed': failed authentication or too short (compaction drops it);
 * 'kept': a newer version, authentic but not applicable, or past the failure limit (never dropped).
 */
export type EntryState = 'opening' | 'read' | 'failed' | 'kept';

interface LedgerEntry {
  id: string;
  state: EntryState;
  bytes: number;
  /** The decrypted Yjs update, once read. */
  update?: Uint8Array;
}

export interface EntryLedgerOptions {
  envelope: Y.Doc;
  key: CryptoKey;
  aad: Uint8Array;
  /** Apply a newly opened update; return false when Yjs could not apply it. */
  apply(update: Uint8Array): boolean;
  onProblem(code: EntryProblemCode): void;
  /** Nothing is being opened any more. */
  onIdle?(): void;
  /** An entry left the envelope (a compaction, or a token holder deleting it). */
  onRemoved?(id: string): void;
  /**
   * Attempts that may fail before the ledger stops trying entries that come in bulk (default 500).
   * Entries arriving a few at a time (the other tablet typing) are still opened after that.
   */
  maxFailures?: number;
}

export const DEFAULT_MAX_FAILURES = 500;
/** An envelope change with more new entries than this is "bulk": a sync step, or a flood. */
const LIVE_BATCH = 16;
/** Bulk entries are opened this many at a time, so a flood is cut off soon after the limit. */
const CONCURRENCY = 32;

/** Own entries are seen right after they are adopted; a few suffice. */
const MAX_ADOPTED_UNSEEN = 8;

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class EntryLedger {
  failures = 0;
  private readonly entries = new Map<string, LedgerEntry>();
  private readonly totals = new Map<EntryState, { count: number; bytes: number }>();
  private readonly maxFailures: number;
  private opening = 0;
  private readonly queue: Array<{ value: Uint8Array; entry: LedgerEntry }> = [];
  /** Yjs item id ("client:clock") → entry id: deletions name items, not entries. */
  private readonly byItem = new Map<string, string>();
  private waiters: Array<() => void> = [];
  /** Own entries adopted but not yet seen in an envelope update: their id is known without hashing them again. */
  private readonly adoptedUnseen: Array<{ sealed: Uint8Array; id: string }> = [];
  private destroyed = false;

  constructor(private readonly options: EntryLedgerOptions) {
    this.maxFailures = options.maxFailures ?? DEFAULT_MAX_FAILURES;
    options.envelope.on('update', this.onUpdate);
    this.onUpdate(Y.encodeStateAsUpdate(options.envelope));
  }

  get isOpening(): boolean {
    return this.opening > 0 || this.queue.length > 0;
  }

  /** True once failures reached the limit: bulk entries are no longer tried. */
  get gaveUp(): boolean {
    return this.failures >= this.maxFailures;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** Kept as entries change: asked on every keystroke, so never a scan. */
  total(state: EntryState): { count: number; bytes: number } {
    return this.totals.get(state) ?? { count: 0, bytes: 0 };
  }

  /** Ids of entries in the envelope now, in a given state. */
  idsIn(state: EntryState): Set<string> {
    const ids = new Set<string>();
    for (const [id, entry] of this.entries) if (entry.state === state) ids.add(id);
    return ids;
  }

  /** What these entries (default: all read ones) hold, applied to a fresh doc from the cache: no decryption. */
  heldDoc(ids: Iterable<string> = this.idsIn('read')): Y.Doc {
    const doc = new Y.Doc();
    doc.transact(() => {
      for (const id of ids) {
        const update = this.entries.get(id)?.update;
        if (update) Y.applyUpdate(doc, update);
      }
    });
    return doc;
  }

  /** This tablet's own entry, about to be appended: known and read without decrypting it. */
  adopt(sealed: Uint8Array, update: Uint8Array): string {
    const id = entryId(sealed);
    this.remember(id, { id, state: 'read', bytes: sealed.length, update });
    this.adoptedUnseen.push({ sealed, id });
    if (this.adoptedUnseen.length > MAX_ADOPTED_UNSEEN) this.adoptedUnseen.shift();
    return id;
  }

  whenOpened(): Promise<void> {
    if (!this.isOpening) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  destroy(): void {
    this.destroyed = true;
    this.options.envelope.off('update', this.onUpdate);
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  /** Only what changed: the update's binary items are entries added, its delete set names entries gone. */
  private readonly onUpdate = (update: Uint8Array): void => {
    const { structs, ds } = Y.decodeUpdate(update);
    const inserted: Array<[string, Uint8Array]> = [];
    for (const struct of structs) {
      if (struct instanceof Y.Item && struct.content instanceof Y.ContentBinary) {
        inserted.push([`${struct.id.client}:${struct.id.clock}`, struct.content.content]);
      }
    }
    const bulk = inserted.length > LIVE_BATCH;
    for (const [item, value] of inserted) {
      const id = this.add(value, bulk);
      if (id) this.byItem.set(item, id);
    }
    for (const [client, deletions] of ds.clients) {
      for (const { clock, len } of deletions) {
        for (let c = clock; c < clock + len; c++) {
          const id = this.byItem.get(`${client}:${c}`);
          if (id === undefined) continue;
          this.byItem.delete(`${client}:${c}`);
          if (this.forget(id)) this.options.onRemoved?.(id);
        }
      }
    }
  };

  private remember(id: string, entry: LedgerEntry): void {
    this.forget(id);
    this.entries.set(id, entry);
    this.count(entry, 1);
  }

  private forget(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    this.count(entry, -1);
    this.entries.delete(id);
    return true;
  }

  private setState(entry: LedgerEntry, state: EntryState): void {
    if (this.entries.get(entry.id) !== entry) {
      entry.state = state; // removed meanwhile: not counted any more
      return;
    }
    this.count(entry, -1);
    entry.state = state;
    this.count(entry, 1);
  }

  private count(entry: LedgerEntry, sign: 1 | -1): void {
    const total = this.totals.get(entry.state) ?? { count: 0, bytes: 0 };
    this.totals.set(entry.state, { count: total.count + sign, bytes: total.bytes + sign * entry.bytes });
  }

  private add(value: unknown, bulk: boolean): string | undefined {
    if (this.destroyed || !isEntryBytes(value)) return undefined;
    const id = this.adoptedId(value) ?? entryId(value);
    if (this.entries.has(id)) return id;
    if (!isKnownVersion(value)) {
      this.remember(id, { id, state: 'kept', bytes: value.length });
      this.options.onProblem('unknown-version');
      return id;
    }
    const entry: LedgerEntry = { id, state: 'opening', bytes: value.length };
    this.remember(id, entry);
    if (bulk) {
      this.queue.push({ value, entry });
      this.pump();
    } else {
      this.start(value, entry);
    }
    return id;
  }

  /** The id of an own entry coming back from the envelope update: the same bytes, a copy (decoded). */
  private adoptedId(value: Uint8Array): string | undefined {
    const index = this.adoptedUnseen.findIndex(({ sealed }) => sameBytes(sealed, value));
    if (index < 0) return undefined;
    const [own] = this.adoptedUnseen.splice(index, 1);
    return own?.id;
  }

  /** Open queued bulk entries a few at a time; past the failure limit, keep the rest untried. */
  private pump(): void {
    while (this.queue.length > 0 && this.opening < CONCURRENCY) {
      if (this.gaveUp) {
        for (const { entry } of this.queue.splice(0)) this.setState(entry, 'kept');
        break;
      }
      if (this.failures + this.opening >= this.maxFailures) break; // wait: what runs may still fail
      const next = this.queue.shift();
      if (next) this.start(next.value, next.entry);
    }
  }

  private start(value: Uint8Array, entry: LedgerEntry): void {
    this.opening++;
    void this.open(value, entry).finally(() => {
      this.opening--;
      this.pump();
      if (this.isOpening) return;
      for (const resolve of this.waiters.splice(0)) resolve();
      if (!this.destroyed) this.options.onIdle?.();
    });
  }

  private async open(value: Uint8Array, entry: LedgerEntry): Promise<void> {
    const opened = await openEntry(this.options.key, value, this.options.aad);
    if (this.destroyed) return;
    if (!opened.ok) {
      this.setState(entry, opened.error.code === 'unknown-version' ? 'kept' : 'failed');
      this.failures++;
      this.options.onProblem(opened.error.code);
      return;
    }
    if (!this.options.apply(opened.value)) {
      this.setState(entry, 'kept'); // authentic: never dropped, though this version cannot use it
      this.failures++;
      this.options.onProblem('not-applicable');
      return;
    }
    entry.update = opened.value;
    this.setState(entry, 'read');
  }
}
