import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { newGesprekId } from '../domain/ids/gesprekId.ts';
import { eventually } from '../test/eventually.ts';
import { persistDoc } from './docPersistence.ts';
import { preloadDoc, takePreloadedDoc } from './docPreload.ts';

async function storedGesprek(text: string): Promise<string> {
  const id = newGesprekId();
  const doc = new Y.Doc();
  const persistence = persistDoc(id, doc);
  await persistence.loaded;
  for (const ch of text) doc.getText('samenwerking').insert(doc.getText('samenwerking').length, ch);
  await persistence.idle();
  await persistence.destroy();
  return id;
}

afterEach(() => vi.restoreAllMocks());

describe('a gesprek database read ahead of its screen (docPreload)', () => {
  it('is what persistDoc loads, with one connection and one read, and it keeps saving after', async () => {
    const id = await storedGesprek('Overleg elke maand');
    const opens = vi.spyOn(indexedDB, 'open');
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    preloadDoc(id);

    const doc = new Y.Doc();
    const persistence = persistDoc(id, doc);
    await persistence.loaded;
    expect(doc.getText('samenwerking').toString()).toBe('Overleg elke maand');
    expect(opens).toHaveBeenCalledTimes(1);
    expect(getAll).toHaveBeenCalledTimes(1);
    expect(takePreloadedDoc(id)).toBeUndefined(); // taken over, once

    doc.getText('samenwerking').insert(0, 'Afspraak: ');
    await eventually(() => persistence.status().state === 'saved', 2000, 'saved');
    await persistence.destroy();
    const reopened = new Y.Doc();
    const again = persistDoc(id, reopened);
    await again.loaded;
    expect(reopened.getText('samenwerking').toString()).toBe('Afspraak: Overleg elke maand');
    await again.destroy();
  });

  it('a gesprek opened without one reads its database itself', async () => {
    const id = await storedGesprek('Zonder voorlezen');
    const opens = vi.spyOn(indexedDB, 'open');
    const doc = new Y.Doc();
    const persistence = persistDoc(id, doc);
    await persistence.loaded;
    expect(doc.getText('samenwerking').toString()).toBe('Zonder voorlezen');
    expect(opens).toHaveBeenCalledTimes(1);
    await persistence.destroy();
  });
});

describe('loading a stored document', () => {
  it('stores what an observer writes while the stored entries are applied', async () => {
    const id = await storedGesprek('Tekst');
    const doc = new Y.Doc();
    // Something that reacts to loaded content by writing (as an app observer could).
    doc.getText('samenwerking').observe((_event, transaction) => {
      if (transaction.local) return;
      doc.getMap('meta').set('seen', true);
    });
    const persistence = persistDoc(id, doc);
    await persistence.loaded;
    expect(doc.getMap('meta').get('seen')).toBe(true);
    await persistence.idle();
    await persistence.destroy();

    const reopened = new Y.Doc();
    const again = persistDoc(id, reopened);
    await again.loaded;
    expect(reopened.getMap('meta').get('seen')).toBe(true);
    expect(reopened.getText('samenwerking').toString()).toBe('Tekst');
    await again.destroy();
  });
});
