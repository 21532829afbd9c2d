import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newGesprekId } from '../domain/ids/gesprekId.ts';
import { persistDoc, type DocPersistence } from './docPersistence.ts';

const until = async (check: () => boolean) => {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

const originalTransaction = IDBDatabase.prototype.transaction;
afterEach(() => {
  IDBDatabase.prototype.transaction = originalTransaction;
});

/** Makes the next transactions fail the way a browser does: thrown, or aborted after the request. */
function breakTransactions(how: 'throw-quota' | 'throw-closing' | 'abort-quota') {
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    if (how === 'throw-quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (how === 'throw-closing') throw new DOMException('The database connection is closing.', 'InvalidStateError');
    const tx = originalTransaction.apply(this, args);
    // Chrome aborts the commit when the quota is exceeded, with the quota error as tx.error.
    Object.defineProperty(tx, 'error', { get: () => new DOMException('Quota exceeded.', 'QuotaExceededError') });
    queueMicrotask(() => tx.abort());
    return tx;
  } as IDBDatabase['transaction'];
}

async function reopenText(id: string, field: string): Promise<string> {
  const doc = new Y.Doc();
  const persistence = persistDoc(id, doc);
  await persistence.loaded;
  const text = doc.getText(field).toString();
  await persistence.destroy();
  return text;
}

async function open(id: string): Promise<{ doc: Y.Doc; persistence: DocPersistence }> {
  const doc = new Y.Doc();
  const persistence = persistDoc(id, doc);
  await persistence.loaded;
  return { doc, persistence };
}

describe('persistDoc when IndexedDB fails', () => {
  it('reports a transaction aborted with a quota error, and never says saved for it', async () => {
    const id = newGesprekId();
    const { doc, persistence } = await open(id);
    const seen: string[] = [];
    persistence.subscribe((s) => seen.push(s.state));
    breakTransactions('abort-quota');
    doc.getText('f').insert(0, 'kwijt?');
    await until(() => persistence.status().state === 'error');
    const status = persistence.status();
    expect(status.state === 'error' && status.kind).toBe('quota');
    expect(seen).not.toContain('saved');
    await persistence.destroy();
  });

  it('reports a lost connection in Dutch', async () => {
    const id = newGesprekId();
    const { doc, persistence } = await open(id);
    breakTransactions('throw-closing');
    doc.getText('f').insert(0, 'x');
    const status = persistence.status();
    expect(status.state === 'error' && status.kind).toBe('connection');
    await persistence.destroy();
  });

  it('after a failure, stays in error until the whole document is stored, so the failed edit is kept too', async () => {
    const id = newGesprekId();
    const { doc, persistence } = await open(id);
    const text = doc.getText('f');
    text.insert(0, 'Eerst. ');
    await until(() => persistence.status().state === 'saved');

    breakTransactions('throw-quota');
    text.insert(text.length, 'Mislukt. ');
    expect(persistence.status().state).toBe('error');
    IDBDatabase.prototype.transaction = originalTransaction;

    // The next edit commits, but "saved" is only said once what failed is stored as well.
    text.insert(text.length, 'Daarna.');
    await until(() => persistence.status().state === 'saved');
    await persistence.destroy();
    expect(await reopenText(id, 'f')).toBe('Eerst. Mislukt. Daarna.');
  });

  it('retries by itself, so a freed-up tablet saves the failed edit without more typing', async () => {
    const id = newGesprekId();
    const { doc, persistence } = await open(id);
    breakTransactions('throw-quota');
    doc.getText('f').insert(0, 'Na het opruimen bewaard');
    expect(persistence.status().state).toBe('error');
    IDBDatabase.prototype.transaction = originalTransaction;
    await until(() => persistence.status().state === 'saved');
    await persistence.destroy();
    expect(await reopenText(id, 'f')).toBe('Na het opruimen bewaard');
  });
});
