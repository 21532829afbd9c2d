import { afterEach, describe, expect, it } from 'vitest';
import { entryId } from '../protocol/index.ts';
import * as Y from 'yjs';
import { contentAad, sealEntry } from './envelope.ts';
import { envelopeEntries } from './envelopeDoc.ts';
import { REMOTE_ORIGIN } from './origins.ts';
import { generateRoomKey, importRoomKey } from './roomKey.ts';
import { contentOf, exchange, readFresh, ReplicaNetwork } from './testing/replicaNetwork.ts';

const ROOM = 'AAAAAAAAAAAAAAAAAAAAAA';
let network: ReplicaNetwork | undefined;
afterEach(() => network?.destroy());

async function twoOnline(compaction = {}) {
  const key = await importRoomKey(generateRoomKey());
  network = new ReplicaNetwork(ROOM, key, compaction);
  const a = network.add();
  const b = network.add();
  await network.connect(a);
  await network.connect(b);
  return { key, net: network, a, b };
}

const deliverAll = (net: ReplicaNetwork) => {
  for (const node of net.nodes) while (node.inbox.length) net.deliver(node, 0, 'apply');
};

describe('encrypted replica', () => {
  it('seals local edits, opens them on the other side with the remote origin', async () => {
    const { net, a, b } = await twoOnline();
    const origins: unknown[] = [];
    b.plain.on('update', (_u: Uint8Array, origin: unknown) => origins.push(origin));
    a.plain.getText('t').insert(0, 'Montessori Lyceum');
    await net.whenIdle();
    deliverAll(net);
    await net.whenIdle();
    expect(b.plain.getText('t').toString()).toBe('Montessori Lyceum');
    expect(origins).toEqual([REMOTE_ORIGIN]);
    expect(envelopeEntries(b.envelope).length).toBe(1);
  });

  it('seals one entry at a time: edits made while a seal is under way go out merged in the next, in order, none lost', async () => {
    const { net, a, b } = await twoOnline();
    const text = a.plain.getText('t');
    // One tick, five transactions: the first starts a seal, the other four wait for it.
    for (const char of 'rapid') text.insert(text.length, char);
    text.delete(0, 1);
    await net.whenIdle();
    expect(envelopeEntries(a.envelope).length).toBe(2);
    expect(a.replica.unconfirmed).toBe(2);
    deliverAll(net);
    await net.whenIdle();
    expect(b.plain.getText('t').toString()).toBe('apid');
    text.insert(text.length, 's');
    await net.whenIdle();
    deliverAll(net);
    await net.whenIdle();
    expect(envelopeEntries(a.envelope).length).toBe(3);
    expect(b.plain.getText('t').toString()).toBe('apids');
  });

  it('sends one batched entry for many offline edits', async () => {
    const { net, a, b } = await twoOnline();
    net.disconnect(a);
    for (const char of 'veiligheid') a.plain.getText('t').insert(a.plain.getText('t').length, char);
    expect(a.replica.pendingLocal).toBe(10);
    expect(envelopeEntries(a.envelope).length).toBe(0);
    await net.connect(a);
    await net.whenIdle();
    expect(envelopeEntries(a.envelope).length).toBe(1);
    deliverAll(net);
    await net.whenIdle();
    expect(b.plain.getText('t').toString()).toBe('veiligheid');
  });

  it('does not append anything when the envelope already has it', async () => {
    const { net, a } = await twoOnline();
    a.plain.getText('t').insert(0, 'x');
    await net.whenIdle();
    net.disconnect(a);
    await net.connect(a);
    await net.whenIdle();
    expect(envelopeEntries(a.envelope).length).toBe(1);
  });

  it('skips, counts and never applies an entry it cannot decrypt', async () => {
    const { net, a } = await twoOnline();
    const stranger = await importRoomKey(generateRoomKey());
    const foreign = await sealEntry(stranger, Y.encodeStateAsUpdate(docWithText('kwaadaardig')), contentAad(ROOM));
    envelopeEntries(a.envelope).push([foreign]);
    a.plain.getText('t').insert(0, 'goed');
    await net.whenIdle();
    expect(a.replica.decryptErrors).toBe(1);
    expect(a.plain.getText('t').toString()).toBe('goed');
  });

  it('compacts what it read into one snapshot, drops entries that failed authentication, keeps a newer version', async () => {
    const { net, a, key } = await twoOnline();
    const stranger = await importRoomKey(generateRoomKey());
    const junk = await sealEntry(stranger, new Uint8Array([0, 0]), contentAad(ROOM));
    const newer = (await sealEntry(key, new Uint8Array([0, 0]), contentAad(ROOM))).slice();
    newer[0] = 9; // a version this app does not know: another app version may need it
    envelopeEntries(a.envelope).push([junk, newer]);
    for (const word of ['een ', 'twee ', 'drie']) {
      a.plain.getText('t').insert(a.plain.getText('t').length, word);
      await net.whenIdle();
    }
    expect(envelopeEntries(a.envelope).length).toBe(5);
    expect(await a.replica.compactNow()).toBe(true);
    const left = envelopeEntries(a.envelope).toArray() as Uint8Array[];
    expect(left).toHaveLength(2);
    expect(left.map(entryId)).toContain(entryId(newer));
    expect(left.map(entryId)).not.toContain(entryId(junk));
    expect((await readFresh(a.envelope, ROOM, key)).getText('t').toString()).toBe('een twee drie');
  });

  it('compacts automatically past the byte threshold', async () => {
    const { net, a, key } = await twoOnline({ maxBytes: 1000 }); // about ten small padded entries
    for (let i = 0; i < 25; i++) {
      a.plain.getArray('log').push([`e${i}`]);
      await net.whenIdle();
    }
    expect(envelopeEntries(a.envelope).length).toBeLessThanOrEqual(11);
    expect((await readFresh(a.envelope, ROOM, key)).getArray('log').length).toBe(25);
  });

  it('stays safe when two tablets compact at the same time', async () => {
    const { net, a, b, key } = await twoOnline();
    for (let i = 0; i < 4; i++) {
      a.plain.getArray('log').push([`a${i}`]);
      b.plain.getArray('log').push([`b${i}`]);
      await net.whenIdle();
      deliverAll(net);
      await net.whenIdle();
    }
    // A has one more entry that B has not seen when both compact.
    a.plain.getArray('log').push(['a-late']);
    await net.whenIdle();
    for (const node of net.nodes) node.inbox = [];
    const [compactedA, compactedB] = await Promise.all([a.replica.compactNow(), b.replica.compactNow()]);
    expect([compactedA, compactedB]).toEqual([true, true]);
    exchange(a.envelope, b.envelope);
    await net.whenIdle();
    expect(envelopeEntries(a.envelope).length).toBe(2); // the two snapshots
    const fresh = await readFresh(a.envelope, ROOM, key);
    expect([...fresh.getArray<string>('log').toArray()].sort()).toEqual(
      ['a-late', 'a0', 'a1', 'a2', 'a3', 'b0', 'b1', 'b2', 'b3'].sort(),
    );
    expect(contentOf(b.plain)).toEqual(contentOf(a.plain));
  });
});

describe('compaction and entries still being decrypted', () => {
  it('keeps an entry that arrived but is not decrypted yet', async () => {
    const { net, a, b, key } = await twoOnline();
    for (let i = 0; i < 3; i++) {
      b.plain.getArray('log').push([`b${i}`]);
      await net.whenIdle();
    }
    deliverAll(net);
    await net.whenIdle();
    a.plain.getArray('log').push(['a-new']);
    await net.whenIdle();
    net.deliver(b, 0, 'apply'); // B now holds A's entry, still sealed…
    const compacted = b.replica.compactNow(); // …when it compacts.
    await compacted;
    await net.whenIdle();
    exchange(a.envelope, b.envelope);
    await net.whenIdle();
    const fresh = await readFresh(b.envelope, ROOM, key);
    expect([...fresh.getArray<string>('log').toArray()].sort()).toEqual(['a-new', 'b0', 'b1', 'b2']);
  });
});

function docWithText(text: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return doc;
}
