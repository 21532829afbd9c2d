import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newGesprekId } from '../domain/ids/gesprekId.ts';
import { persistDoc, type SaveStatus } from './docPersistence.ts';
import { allWritesIdle } from './openDocs.ts';
import { eventually } from '../test/eventually.ts';

describe('persistDoc', () => {
  it('says "saved" only after the write committed, and the text survives a reopen', async () => {
    const id = newGesprekId();
    const doc = new Y.Doc();
    const persistence = persistDoc(id, doc);
    await persistence.loaded;
    const seen: SaveStatus['state'][] = [];
    persistence.subscribe((s) => seen.push(s.state));

    doc.getText('samenwerking').insert(0, 'Elke drie maanden overleg 🙂');
    expect(persistence.status().state).toBe('saving');
    await eventually(() => persistence.status().state === 'saved', 2000, 'saved');
    expect(seen).toEqual(['saving', 'saved']);
    await persistence.destroy();

    const reopened = new Y.Doc();
    const again = persistDoc(id, reopened);
    await again.loaded;
    expect(reopened.getText('samenwerking').toString()).toBe('Elke drie maanden overleg 🙂');
    await again.destroy();
  });

  it('idle() and allWritesIdle() wait until what was typed is committed in every open document', async () => {
    const ids = [newGesprekId(), newGesprekId()];
    const docs = ids.map(() => new Y.Doc());
    const opened = ids.map((id, i) => persistDoc(id, docs[i]!));
    await Promise.all(opened.map((p) => p.loaded));
    await allWritesIdle(); // nothing pending: resolves at once

    docs.forEach((doc, i) => {
      for (const ch of `Tablet ${i}: afspraak over de schoolpoort`) doc.getText('f').insert(doc.getText('f').length, ch);
    });
    expect(opened.map((p) => p.status().state)).toEqual(['saving', 'saving']);
    await allWritesIdle();
    expect(opened.map((p) => p.status().state)).toEqual(['saved', 'saved']);

    docs[0]!.getText('f').insert(0, '1. ');
    await opened[0]!.idle();
    expect(opened[0]!.status().state).toBe('saved');
    await Promise.all(opened.map((p) => p.destroy()));

    for (const [i, id] of ids.entries()) {
      const reopened = new Y.Doc();
      const again = persistDoc(id, reopened);
      await again.loaded;
      expect(reopened.getText('f').toString()).toBe(`${i === 0 ? '1. ' : ''}Tablet ${i}: afspraak over de schoolpoort`);
      await again.destroy();
    }
    await allWritesIdle(); // destroyed documents are no longer waited for
  });

  it('keeps every edit of a long typing session', async () => {
    const id = newGesprekId();
    const doc = new Y.Doc();
    const persistence = persistDoc(id, doc);
    await persistence.loaded;
    const text = doc.getText('f');
    const typed = 'De wijkagent loopt elke week binnen. '.repeat(20);
    for (const ch of typed) text.insert(text.length, ch);
    await eventually(() => persistence.status().state === 'saved', 2000, 'saved');
    await persistence.destroy();

    const reopened = new Y.Doc();
    const again = persistDoc(id, reopened);
    await again.loaded;
    expect(reopened.getText('f').toString()).toBe(typed);
    await again.destroy();
  });

  it('reports a failed write in Dutch instead of claiming it saved', async () => {
    const id = newGesprekId();
    const doc = new Y.Doc();
    const persistence = persistDoc(id, doc);
    await persistence.loaded;
    const original = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      doc.getText('f').insert(0, 'x');
    } finally {
      IDBDatabase.prototype.transaction = original;
    }
    const status = persistence.status();
    expect(status.state).toBe('error');
    expect(status.state === 'error' && status.kind).toBe('quota');
    await persistence.destroy();
  });
});
