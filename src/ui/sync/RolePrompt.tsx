import type { GesprekSync } from '../../state/gesprekSync.ts';
import { useStoreState } from '../hooks/useStoreState.ts';
import { RoleChoice } from './RoleChoice.tsx';

/**
 * Once a gesprek is shared, a tablet without a role is asked for it, so presence can say who is where.
 * "Shared" is having the room key, not being connected: a tablet restored from a backup without
 * network has the key but no sync status yet, and must still be asked.
 */
export function RolePrompt({ sync }: { sync: GesprekSync }) {
  const shared = useStoreState(sync.store, (s) => s.status !== undefined || s.roomKey !== undefined);
  const role = useStoreState(sync.store, (s) => s.role);
  if (!shared || role) return null;
  return (
    <div class="utrecht-alert utrecht-alert--info app-role-prompt">
      <RoleChoice role={role} onChange={(r) => void sync.setRole(r)} />
    </div>
  );
}
