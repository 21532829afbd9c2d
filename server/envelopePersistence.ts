/**
 * Hocuspocus extension that keeps each room's envelope as an append log in the store:
 * - every update a client sends is appended as received (group commit, groupCommit.ts);
 * - after the commit, the tablet that sent an update gets `stored(ids)` for the entries it added
 *   (storedFanOut.ts: a compaction's go to the whole room), and a `confirm(ids)` is answered, once
 *   the commits in flight are done, with the ids the store holds: "gesynchroniseerd" means stored;
 * - a failed write closes the room's connections (4503) and unloads it, so memory never runs
 *   ahead of the store; tablets keep their changes and send them again;
 * - a room's log is compacted into one GC'd state in the background (thresholds, and on unload).
 */
import type {
  afterUnloadDocumentPayload,
  Extension,
  Hocuspocus,
  onChangePayload,
  onConfigurePayload,
  onLoadDocumentPayload,
  onStatelessPayload,
} from '@hocuspocus/server';
import * as Y from 'yjs';
import { CLOSE, parseStatelessMessage, storedMessage } from '../src/protocol/index.ts';
import { GroupCommit } from './groupCommit.ts';
import { heldEntryIds, updateEntries } from './insertedEntries.ts';
import { storedFanOut, type CommittedUpdate } from './storedFanOut.ts';
import type { SyncStore } from './syncStore.ts';

export interface LogLimits {
  /** Compact a room's log past this many rows or bytes. */
  compactRows: number;
  compactBytes: number;
  /** Updates arriving within this time share one transaction. */
  groupCommitMs: number;
}

interface Pending extends CommittedUpdate {
  room: string;
  update: Uint8Array;
}

/** What the server knows of one loaded room's log. */
interface RoomLog {
  stored: Set<string>;
  rows: number;
  bytes: number;
  failed: boolean;
}

const closeCode = (socket: unknown, code: number): void => (socket as { close(code: number, reason: string): void }).close(code, 'Server trouble');

export class EnvelopePersistence implements Extension {
  readonly extensionName = 'envelope-persistence';
  private instance: Hocuspocus | undefined;
  private stopping = false;
  private readonly rooms = new Map<string, RoomLog>();
  private readonly compacting = new Set<string>();
  private readonly commit: GroupCommit<Pending>;

  constructor(
    private readonly store: SyncStore,
    private readonly limits: LogLimits,
    private readonly log: (line: string) => void,
  ) {
    this.commit = new GroupCommit<Pending>(
      (rows) => store.append(rows),
      (rows, error) => (error === undefined ? this.stored(rows) : this.failed(rows, error)),
      limits.groupCommitMs,
    );
  }

  /** A room whose last write failed is refused until it is unloaded and read again from the store. */
  isFailing(room: string): boolean {
    return this.rooms.get(room)?.failed === true;
  }

  async onConfigure({ instance }: onConfigurePayload): Promise<void> {
    this.instance = instance;
  }

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const updates = await this.store.loadLog(documentName);
    document.transact(() => {
      for (const update of updates) Y.applyUpdate(document, update);
    });
    const bytes = updates.reduce((sum, update) => sum + update.length, 0);
    this.rooms.set(documentName, { stored: heldEntryIds(document), rows: updates.length, bytes, failed: false });
  }

  /** Only updates from this instance's clients: one relayed through Redis is stored by the instance that got it. */
  async onChange({ documentName, update, transactionOrigin }: onChangePayload): Promise<void> {
    if (typeof transactionOrigin !== 'object' || transactionOrigin === null) return;
    const room = this.rooms.get(documentName);
    if (!room || room.failed) return;
    this.commit.add({ room: documentName, update, from: transactionOrigin, ...updateEntries(update) });
  }

  async onStateless({ payload, connection, documentName }: onStatelessPayload): Promise<void> {
    const message = parseStatelessMessage(payload);
    if (message?.t !== 'confirm') return;
    connection.sendStateless(storedMessage(await this.held(documentName, message.ids)));
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    const room = this.rooms.get(documentName);
    this.rooms.delete(documentName);
    if (room && !room.failed && room.rows > 1) this.compactSoon(documentName);
  }

  /** Writes what is queued and starts no more compactions (for shutdown). */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.commit.drain();
    while (this.compacting.size > 0) await new Promise((resolve) => setTimeout(resolve, 10));
  }

  /** Ids among `ids` that the store holds: from memory, or (after a relay or a restart) from the store. */
  private async held(documentName: string, ids: readonly string[]): Promise<string[]> {
    const inMemory = this.rooms.get(documentName)?.stored;
    if (inMemory && ids.every((id) => inMemory.has(id))) return [...ids];
    // Ids of updates still on their way to the store are answered once their commit is done
    // (the `stored` message of a commit goes to the sender only: storedFanOut.ts).
    await this.commit.settled();
    const known = this.rooms.get(documentName)?.stored ?? new Set<string>();
    if (ids.every((id) => known.has(id))) return [...ids];
    const doc = new Y.Doc();
    try {
      for (const update of await this.store.loadLog(documentName)) Y.applyUpdate(doc, update);
      for (const id of heldEntryIds(doc)) known.add(id);
    } catch {
      // The store cannot answer: say only what is known; the tablet asks again later.
    } finally {
      doc.destroy();
    }
    return ids.filter((id) => known.has(id));
  }

  private stored(rows: Pending[]): void {
    const byRoom = new Map<string, Pending[]>();
    for (const row of rows) {
      const record = this.rooms.get(row.room);
      if (record) {
        record.rows++;
        record.bytes += row.update.length;
        for (const id of row.ids) record.stored.add(id);
      }
      const committed = byRoom.get(row.room);
      if (committed) committed.push(row);
      else byRoom.set(row.room, [row]);
    }
    for (const [room, committed] of byRoom) {
      const connections = this.instance?.documents.get(room)?.getConnections() ?? [];
      for (const [connection, ids] of storedFanOut(connections, committed)) connection.sendStateless(storedMessage(ids));
      const record = this.rooms.get(room);
      if (record && (record.rows > this.limits.compactRows || record.bytes > this.limits.compactBytes)) this.compactSoon(room);
    }
  }

  private failed(rows: Pending[], error: unknown): void {
    this.log(`could not store ${rows.length} update(s): ${error instanceof Error ? error.message : 'unknown error'}`);
    for (const room of new Set(rows.map((row) => row.room))) {
      const record = this.rooms.get(room);
      if (record) record.failed = true;
      // Closing every connection unloads the room; the next load reads what the store really has.
      for (const connection of this.instance?.documents.get(room)?.getConnections() ?? []) closeCode(connection.webSocket, CLOSE.serverTrouble);
    }
  }

  private compactSoon(room: string): void {
    if (this.compacting.has(room) || this.stopping) return;
    this.compacting.add(room);
    setImmediate(() => {
      void (async () => {
        try {
          const result = await this.store.compact(room);
          const record = this.rooms.get(room);
          if (record) {
            record.rows = 1;
            record.bytes = result.bytesAfter;
          }
        } catch (error) {
          this.log(`could not compact a room: ${error instanceof Error ? error.message : 'unknown error'}`);
        } finally {
          this.compacting.delete(room);
        }
      })();
    });
  }
}
