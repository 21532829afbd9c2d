import { useEffect, useState } from 'preact/hooks';
import type { DocPersistence, SaveStatus } from '../../storage/docPersistence.ts';
import { storageMessage } from '../messages/storage.ts';

/** Tells the truth about saving: "Opgeslagen" only once IndexedDB has committed. */
export function SaveStatusLine({ persistence }: { persistence: DocPersistence }) {
  const [status, setStatus] = useState<SaveStatus>(persistence.status());
  useEffect(() => {
    setStatus(persistence.status());
    return persistence.subscribe(setStatus);
  }, [persistence]);
  if (status.state === 'error') {
    return <div class="utrecht-alert utrecht-alert--error app-save-error" role="alert">{storageMessage(status.kind)}</div>;
  }
  return (
    <p class="app-status" role="status">
      {status.state === 'saved' ? 'Opgeslagen op dit apparaat' : status.state === 'loading' ? 'Laden…' : 'Opslaan…'}
    </p>
  );
}
