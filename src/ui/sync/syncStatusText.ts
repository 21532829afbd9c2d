import type { SyncStatus } from '../../sync/index.ts';

/** The status line in words; it must be true, so it follows the sync layer's own counters. */
export function syncStatusText(status: SyncStatus): string {
  if (status.refused) return 'Geen toegang tot dit gesprek op de server · koppel opnieuw met de QR-code';
  if (status.state === 'connecting') return 'Verbinden…';
  if (status.state === 'offline') {
    const n = status.pendingChanges;
    if (n === 0) return 'Niet verbonden · alles staat op deze tablet';
    return `Niet verbonden · ${n} ${n === 1 ? 'wijziging wacht' : 'wijzigingen wachten'}`;
  }
  return status.synced ? 'Verbonden · gesynchroniseerd' : 'Verbonden · bijwerken…';
}
