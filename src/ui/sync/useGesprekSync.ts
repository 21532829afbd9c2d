import { useEffect, useState } from 'preact/hooks';
import { createGesprekSync, type GesprekSync } from '../../state/gesprekSync.ts';
import type { GesprekSession } from '../../state/gesprekSession.ts';

/** Sync lives as long as the open gesprek's screen. */
export function useGesprekSync(session: GesprekSession): GesprekSync {
  const [sync] = useState(() => createGesprekSync(session));
  useEffect(() => () => sync.close(), [sync]);
  return sync;
}
