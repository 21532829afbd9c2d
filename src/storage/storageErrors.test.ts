import { describe, expect, it } from 'vitest';
import { storageMessage } from '../ui/messages/storage.ts';
import { storageErrorKind } from './storageErrors.ts';

const describeStorageError = (error: unknown) => storageMessage(storageErrorKind(error));

const dom = (message: string, name: string) => new DOMException(message, name);

describe('storage error kinds and their words', () => {
  it('names a full tablet, also when Chrome or Dexie wrap the quota error in an AbortError', () => {
    const quota = dom('The quota has been exceeded.', 'QuotaExceededError');
    const dexieAbort = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota });
    const causeAbort = new Error('aborted', { cause: quota });
    const chromeAbort = dom('Quota exceeded.', 'AbortError');
    for (const error of [quota, dexieAbort, causeAbort, chromeAbort]) {
      expect(storageErrorKind(error)).toBe('quota');
      expect(describeStorageError(error)).toMatch(/geen ruimte meer.*reservekopie/);
    }
  });

  it('says the storage is unreachable when the connection is lost (Chrome, Safari, Dexie)', () => {
    const errors = [
      dom("Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing.", 'InvalidStateError'),
      dom('Connection to Indexed Database server lost. Refresh the page to try again', 'UnknownError'),
      Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' }),
    ];
    for (const error of errors) expect(describeStorageError(error)).toMatch(/niet meer bereikbaar.*Herlaad/);
  });

  it('tells a plain abort, a database that will not open and anything else apart, always in Dutch', () => {
    expect(describeStorageError(dom('Transaction aborted', 'AbortError'))).toMatch(/afgebroken/);
    const openFailed = Object.assign(new Error('open failed'), { name: 'OpenFailedError', inner: dom('x', 'UnknownError') });
    expect(describeStorageError(openFailed)).toMatch(/werkt niet.*Herlaad/);
    expect(describeStorageError('weird')).toMatch(/mislukt.*Herlaad/);
    expect(describeStorageError(undefined)).toMatch(/mislukt/);
  });
});
