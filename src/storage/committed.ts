import type { DocPersistence } from './docPersistence.ts';
import { StorageWriteError } from './storageWriteError.ts';

/**
 * Resolves once everything written so far has committed to IndexedDB; rejects with a
 * StorageWriteError (its message the Dutch text for the user) when a write failed.
 */
export function committed(persistence: Pick<DocPersistence, 'status' | 'subscribe'>): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const status = persistence.status();
      if (status.state === 'saved') {
        unsubscribe();
        resolve();
      } else if (status.state === 'error') {
        unsubscribe();
        reject(new StorageWriteError(status.message));
      }
    };
    const unsubscribe = persistence.subscribe(check);
    check();
  });
}
