import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { newGesprekId } from '../domain/ids/gesprekId.ts';
import { persistDoc, type DocPersistence, type SaveStatus } from './docPersistence.ts';

/** Resolves when the status reaches `state` (no polling: works under fake timers too). */
const statusBecomes = (persistence: DocPersistence, state: SaveStatus['state']) =>
  new Promise<void>((resolve) => {
    const check = () => {
      if (persistence.status().state !== state) return;
      stop();
      resolve();
    };
    const stop = persistence.subscribe(check);
    check();
  });

const originalTransaction = IDBDatabase.prototype.transaction;
afterEach(() => {
  IDBDatabase.prototype.transaction = originalTransaction;
  vi.useRealTimers();
});

/** Makes the next transactions fail the way a browser does: thrown, or aborted after the request. */
function breakTransactions(how: 'throw-quota' | 'throw-closing' | 'abort-quota') {
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    if (how === 'throw-quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (how === 'throw-closing') throw new DOMException('The database connection is closing.', 'InvalidStateError');
    const tx = originalTransaction.apply(this, args);
    // Chrome aborts the commit when the quota is exceeded, with the quota error as tx.error:
    // whether the commit is asked for (commit()) or comes at the end of the task.
    Object.defineProperty(tx, 'error', { get: () => new DOMException('Quota exceeded.', 'QuotaExceededError') });
    let aborted = false;
    const abortOnce = () => {
      if (aborted) return;
      aborted = true;
      tx.abort();
    };
    tx.commit = abortOnce;
    queueMicrotask(abortOnce);
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
    await statusBecomes(persistence, 'error');
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
    await statusBecomes(persistence, 'saved');

    breakTransactions('throw-quota');
    text.insert(text.length, 'Mislukt. ');
    expect(persistence.status().state).toBe('error');
    IDBDatabase.prototype.transaction = originalTransaction;

    // The next edit commits, but "saved" is only said once what failed is stored as well.
    text.insert(text.length, 'Daarna.');
    await statusBecomes(persistence, 'saved');
    await persistence.destroy();
    expect(await reopenText(id, 'f')).toBe('Eerst. Mislukt. Daarna.');
  });

  it('retries by itself, so a freed-up tablet saves the failed edit without more typing', async () => {
    const id = newGesprekId();
    const { doc, persistence } = await open(id);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    breakTransactions('throw-quota');
    doc.getText('f').insert(0, 'Na het opruimen bewaard');
    expect(persistence.status().state).toBe('error');
    IDBDatabase.prototype.transaction = originalTransaction;
    // No retry before its delay, then one without any more typing.
    await vi.advanceTimersByTimeAsync(1900);
    expect(persistence.status().state).toBe('error');
    const saved = statusBecomes(persistence, 'saved');
    await vi.advanceTimersByTimeAsync(200);
    await saved;
    vi.useRealTimers();
    await persistence.destroy();
    expect(await reopenText(id, 'f')).toBe('Na het opruimen bewaard');
  });
});
