import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { usageOf } from './roomQuota.ts';

const live = (doc: Y.Doc) => {
  const values = doc.getArray('entries').toArray() as Uint8Array[];
  return { bytes: values.reduce((sum, value) => sum + value.length, 0), entries: values.length };
};
const entry = (size: number) => new Uint8Array(randomBytes(size));

it('keeps live entry bytes equal to a recount through inserts, deletes, compactions and remote updates', () => {
  const server = new Y.Doc();
  server.getArray('entries').push([entry(10)]); // before the usage is first read
  expect(usageOf(server)).toEqual(live(server));
  const tablet = new Y.Doc();
  Y.applyUpdate(tablet, Y.encodeStateAsUpdate(server));
  tablet.on('update', (update: Uint8Array) => Y.applyUpdate(server, update));
  const entries = tablet.getArray('entries');
  for (let round = 0; round < 40; round++) {
    entries.insert(0, [entry(20 + round)]);
    if (round % 3 === 0) entries.insert(1, [entry(7), entry(9)]); // two in one update
    if (round % 5 === 4) entries.delete(1, 1);
    if (round % 7 === 6) {
      // A compaction: delete everything, one snapshot, in one transaction.
      tablet.transact(() => {
        entries.delete(0, entries.length);
        entries.insert(0, [entry(300)]);
      });
    }
    // Inserted and deleted in one transaction: never live.
    tablet.transact(() => {
      entries.insert(0, [entry(50)]);
      entries.delete(0, 1);
    });
    expect(usageOf(server)).toEqual(live(server));
  }
  // Straight into the server's doc too, where deleted content is still there when observers run.
  const own = server.getArray('entries');
  server.transact(() => {
    own.insert(0, [entry(50), entry(60)]);
    own.delete(0, 1);
  });
  expect(usageOf(server)).toEqual(live(server));
  server.transact(() => {
    own.delete(0, 3);
    own.insert(0, [entry(70)]);
  });
  expect(usageOf(server)).toEqual(live(server));
});
