import { useCallback, useState } from 'preact/hooks';
import type { GesprekSync } from '../../state/gesprekSync.ts';
import { useStoreState } from '../hooks/useStoreState.ts';
import { UNREADABLE_ENTRIES } from '../messages/sync.ts';
import { PresenceBadges } from './PresenceBadges.tsx';
import { ShareDialog } from './ShareDialog.tsx';
import { syncStatusText } from './syncStatusText.ts';
import { usePeerFields } from './usePeerFields.ts';

/** The sync status line, shown once the gesprek is shared or joined. */
export function SyncStatusLine({ sync }: { sync: GesprekSync }) {
  const status = useStoreState(sync.store, (s) => s.status);
  if (!status) return null;
  return (
    <>
      <p class={`app-status app-status--sync app-status--${status.synced ? 'ok' : 'waiting'}`} role="status" aria-live="polite">
        {syncStatusText(status)}
      </p>
      {/* Said once, not per entry: the tablet skips what it cannot read and goes on. */}
      {status.unreadableEntries && <p class="app-status app-status--waiting">{UNREADABLE_ENTRIES}</p>}
    </>
  );
}

/** Presence badges and "Delen", for the header's actions. */
export function SyncActions({ sync }: { sync: GesprekSync }) {
  const peers = useStoreState(sync.store, (s) => s.status?.peers ?? []);
  const [sharing, setSharing] = useState(false);
  usePeerFields(peers, useCallback((field: string | undefined) => sync.setFocusedField(field), [sync]));
  return (
    <>
      <PresenceBadges peers={peers} />
      <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => setSharing(true)}>
        Delen
      </button>
      {sharing && <ShareDialog sync={sync} onClose={() => setSharing(false)} />}
    </>
  );
}
