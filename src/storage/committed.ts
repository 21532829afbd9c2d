import { failure, success, type Result } from '../protocol/index.ts';
import type { DocPersistence } from './docPersistence.ts';
import type { StorageErrorKind } from './storageErrors.ts';

/** Once everything written so far has committed (ok), or the storage problem that stopped it. */
export function committed(persistence: DocPersistence): Promise<Result<void, StorageErrorKind>> {
  return new Promise((resolve) => {
    const check = () => {
      const status = persistence.status();
      if (status.state !== 'saved' && status.state !== 'error') return;
      unsubscribe();
      resolve(status.state === 'saved' ? success(undefined) : failure(status.kind));
    };
    const unsubscribe = persistence.subscribe(check);
    check();
  });
}
