/** Healing, the junk bound and a failing seal (docs/sync-client.md), over the in-memory replica network. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { sealEntry, contentAad } from './envelope.ts';
import { envelopeEntries } from './envelopeDoc.ts';
import { EncryptedReplica } from './encryptedReplica.ts';
import { generateRoomKey, importRoomKey } from './roomKey.ts';
import { contentOf, readFresh, ReplicaNetwork, type TestNode } from './testing/replicaNetwork.ts';

const JUNK = Number(process.env.JUNK ?? 100_000);
const ROOM = `r${'A'.repeat(43)}`;
let network: ReplicaNetwork | undefined;
afterEach(() => {
  network?.destroy();
  vi.restoreAllMocks();
});

async function online() {
  const key = await importRoomKey(generateRoomKey());
  network = new ReplicaNetwork(ROOM, key);
  const a = network.add();
  await network.connect(a);
  return { key, net: network, a };
}

/** What a token holder without the key can do: delete every entry. */
const wipe = (node: TestNode) => {
  const entries = envelopeEntries(node.envelope);
  node.envelope.transact(() => entries.delete(0, entries.length));
};

describe('healing', () => {
  it('makes a wiped envelope whole again after one reconnect: a fresh reader gets everything', async () => {
    const { key, net, a } = await online();
    a.plain.getText('t').insert(0, 'Montessori Lyceum');
    a.plain.getArray('log').push(['afspraak 1', 'afspraak 2']);
    await net.whenIdle();
    net.confirmStored(a);
    await net.whenIdle();
    expect(a.replica.pendingLocal).toBe(0);
    net.disconnect(a);
    wipe(a);
    expect(contentOf(await readFresh(a.envelope, ROOM, key)).text).toBe('');
    await net.connect(a);
    await net.whenIdle();
    expect(contentOf(await readFresh(a.envelope, ROOM, key))).toEqual(contentOf(a.plain));
    expect(envelopeEntries(a.envelope).length).toBe(1); // everything the envelope lacked, as one entry
    expect(a.replica.unconfirmed).toBe(1); // and "gesynchroniseerd" waits for the store again
  });

  it('never reports settled on reconnect before the heal has put back what the envelope lacks', async () => {
    const key = await importRoomKey(generateRoomKey());
    network = new ReplicaNetwork(ROOM, key);
    const net = network;
    const reports: boolean[] = [];
    const a: TestNode = net.add(() => reports.push(a.replica.settled));
    await net.connect(a);
    a.plain.getText('t').insert(0, 'Montessori Lyceum');
    await net.whenIdle();
    net.confirmStored(a);
    await net.whenIdle();
    expect(a.replica.settled).toBe(true);
    net.disconnect(a);
    wipe(a);
    reports.length = 0;
    await net.connect(a);
    await net.whenIdle();
    // Until the store confirms the healing entry, no report may say "gesynchroniseerd".
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.filter(Boolean)).toEqual([]);
    net.confirmStored(a);
    await net.whenIdle();
    expect(a.replica.settled).toBe(true);
  });

  it('notices a wipe while connected, and heals without a reconnect', async () => {
    const { key, net, a } = await online();
    a.plain.getText('t').insert(0, 'Wijkagent belt ouders');
    await net.whenIdle();
    wipe(a);
    await net.whenIdle();
    expect(contentOf(await readFresh(a.envelope, ROOM, key)).text).toBe('Wijkagent belt ouders');
  });

  it('sends nothing when the envelope lacks nothing', async () => {
    const { net, a } = await online();
    a.plain.getText('t').insert(0, 'x');
    await net.whenIdle();
    const before = envelopeEntries(a.envelope).length;
    await a.replica.heal();
    net.disconnect(a);
    await net.connect(a);
    await net.whenIdle();
    expect(envelopeEntries(a.envelope).length).toBe(before);
  });
});

describe('a seal that fails', () => {
  it('leaves no mirror ahead of the envelope and no unhandled rejection: the edit is sealed again', async () => {
    const { key, net, a } = await online();
    vi.spyOn(crypto.subtle, 'encrypt').mockImplementationOnce(() => Promise.reject(new Error('OperationError')));
    a.plain.getText('t').insert(0, 'niet verloren');
    await net.whenIdle();
    expect(contentOf(await readFresh(a.envelope, ROOM, key)).text).toBe('niet verloren');
    expect(a.replica.pendingLocal).toBe(1); // not confirmed by any store yet
  });
});

describe('junk in the envelope', () => {
  it('stops trying past the limit, stays responsive and seals a local edit at once', async () => {
    const key = await importRoomKey(generateRoomKey());
    const stranger = await importRoomKey(generateRoomKey());
    const envelope = new Y.Doc();
    const junk = await sealEntry(stranger, new Uint8Array(8), contentAad(ROOM));
    const entries = envelopeEntries(envelope);
    entries.push(
      Array.from({ length: JUNK }, (_, i) => {
        const copy = junk.slice();
        copy.set([i & 0xff, (i >> 8) & 0xff, i >> 16], 1); // each one different, so each one has its own id
        return copy;
      }),
    );
    const decrypt = vi.spyOn(crypto.subtle, 'decrypt');
    const plain = new Y.Doc();
    const problems: string[] = [];
    const replica = new EncryptedReplica({ plain, envelope, roomId: ROOM, key, maxFailures: 500, onDecryptError: (p) => problems.push(p.code) });
    await replica.goOnline();
    expect(decrypt.mock.calls.length).toBe(500);
    expect(replica.decryptErrors).toBe(500);
    expect(problems).toHaveLength(500);
    const calls = decrypt.mock.calls.length;
    const before = entries.length;
    plain.getText('t').insert(0, 'x');
    await replica.whenIdle();
    expect(entries.length).toBe(before + 1);
    expect(decrypt.mock.calls.length).toBe(calls); // a keystroke opens nothing
    await replica.compactNow();
    expect(entries.length).toBe(JUNK - 500 + 1); // the 500 that failed are dropped, with the snapshot added
    replica.destroy();
  }, 60_000);
});
