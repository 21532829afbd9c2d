import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newGesprekId } from '../domain/ids/gesprekId.ts';
import { persistDoc } from './docPersistence.ts';
import { eventually } from '../test/eventually.ts';

const originalTransaction = IDBDatabase.prototype.transaction;
afterEach(() => {
  IDBDatabase.prototype.transaction = originalTransaction;
});

describe('persistDoc batching', () => {
  it('fast typing does not queue one transaction per keystroke, and every keystroke is kept', async () => {
    const id = newGesprekId();
    const doc = new Y.Doc();
    const persistence = persistDoc(id, doc);
    await persistence.loaded;
    let writes = 0;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      if (args[1] === 'readwrite') writes++;
      return originalTransaction.apply(this, args);
    } as IDBDatabase['transaction'];

    const text = doc.getText('f');
    const typed = 'Snel getypt, elke toets telt. '.repeat(10);
    // Keystrokes arrive faster than IndexedDB commits (several per commit).
    for (const [i, ch] of [...typed].entries()) {
      text.insert(text.length, ch);
      if (i % 5 === 4) await Promise.resolve();
    }
    expect(persistence.status().state).toBe('saving');
    await eventually(() => persistence.status().state === 'saved', 3000, 'saved');
    expect(writes).toBeLessThan(typed.length / 2);

    // Closing right after typing writes what still waited.
    text.insert(text.length, 'Laatste woord.');
    await persistence.destroy();
    const reopened = new Y.Doc();
    const again = persistDoc(id, reopened);
    await again.loaded;
    expect(reopened.getText('f').toString()).toBe(`${typed}Laatste woord.`);
    await again.destroy();
  });
});
