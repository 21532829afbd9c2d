/** Test harness: replicas whose envelope docs talk over a lossy in-memory network (drops, duplicates, reordering). */
import * as Y from 'yjs';
import { entryId } from '../../protocol/index.ts';
import { EncryptedReplica, type CompactionLimits } from '../encryptedReplica.ts';
import { envelopeEntries, isEntryBytes } from '../envelopeDoc.ts';

const NET = Symbol('test-network');

export interface TestNode {
  plain: Y.Doc;
  envelope: Y.Doc;
  replica: EncryptedReplica;
  online: boolean;
  inbox: Uint8Array[];
}

export class ReplicaNetwork {
  readonly nodes: TestNode[] = [];

  constructor(
    private readonly roomId: string,
    private readonly key: CryptoKey,
    private readonly compaction: Partial<CompactionLimits> = {},
  ) {}

  /** `onChange` sees every change the replica reports, as the status line would. */
  add(onChange?: () => void): TestNode {
    const plain = new Y.Doc();
    const envelope = new Y.Doc();
    const replica = new EncryptedReplica({ plain, envelope, roomId: this.roomId, key: this.key, compaction: this.compaction, ...(onChange ? { onChange } : {}) });
    const node: TestNode = { plain, envelope, replica, online: false, inbox: [] };
    envelope.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === NET || !node.online) return;
      for (const other of this.nodes) if (other !== node && other.online) other.inbox.push(update);
    });
    this.nodes.push(node);
    return node;
  }

  /** Like a provider reconnecting: full sync step with everyone online, then the replica catches up. */
  connect(node: TestNode): Promise<void> {
    node.online = true;
    for (const other of this.nodes) if (other !== node && other.online) exchange(node.envelope, other.envelope);
    return node.replica.goOnline();
  }

  disconnect(node: TestNode): void {
    node.online = false;
    node.inbox = [];
    node.replica.goOffline();
  }

  /** Deliver (or drop, or duplicate) one message, picked by index, so order is arbitrary. */
  deliver(node: TestNode, pick: number, mode: 'apply' | 'drop' | 'duplicate'): void {
    if (node.inbox.length === 0) return;
    const index = pick % node.inbox.length;
    const message = node.inbox[index];
    if (message === undefined) return;
    if (mode !== 'duplicate') node.inbox.splice(index, 1);
    if (mode !== 'drop' && node.online) Y.applyUpdate(node.envelope, message, NET);
  }

  whenIdle(): Promise<unknown> {
    return Promise.all(this.nodes.map((node) => node.replica.whenIdle()));
  }

  /**
   * The network stops losing messages: offline tablets reconnect (once, as a provider would),
   * and envelopes are exchanged until nothing moves. Tablets already online get no extra call:
   * one that wrongly believes its entries are out there is not rescued by this, and the test sees it.
   */
  async settle(): Promise<void> {
    for (const node of this.nodes) node.inbox = [];
    await Promise.all(this.nodes.filter((node) => !node.online).map((node) => this.connect(node)));
    for (let round = 0; round < 8; round++) {
      await this.whenIdle();
      for (const node of this.nodes) node.inbox = [];
      const before = this.nodes.map((node) => Y.encodeStateVector(node.envelope).join());
      for (const a of this.nodes) for (const b of this.nodes) if (a !== b) exchange(a.envelope, b.envelope);
      await this.whenIdle();
      const after = this.nodes.map((node) => Y.encodeStateVector(node.envelope).join());
      if (after.every((sv, i) => sv === before[i] && sv === after[0])) break;
    }
  }

  /** Like the server's `stored` message: every entry now in the node's envelope is in the store. */
  confirmStored(node: TestNode): void {
    node.replica.markStored(envelopeEntries(node.envelope).toArray().filter(isEntryBytes).map(entryId));
  }

  destroy(): void {
    for (const node of this.nodes) node.replica.destroy();
  }
}

export function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), NET);
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), NET);
}

/** What a brand-new tablet with only the key would read from this envelope. */
export async function readFresh(envelope: Y.Doc, roomId: string, key: CryptoKey): Promise<Y.Doc> {
  const plain = new Y.Doc();
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(envelope));
  const replica = new EncryptedReplica({ plain, envelope: copy, roomId, key });
  await replica.whenIdle();
  replica.destroy();
  return plain;
}

export const contentOf = (doc: Y.Doc) => ({
  text: doc.getText('t').toString(),
  log: doc.getArray<string>('log').toArray(),
  map: doc.getMap('m').toJSON(),
});
