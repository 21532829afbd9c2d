import type { SyncStatus } from '../../sync/index.ts';

/** "1 wijziging wacht", "3 wijzigingen wachten": changes the server has not confirmed yet. */
export const waitingChanges = (n: number) => `${n} ${n === 1 ? 'wijziging wacht' : 'wijzigingen wachten'}`;

export const SERVER_TROUBLE_TEXT = 'Server tijdelijk niet beschikbaar · uw wijzigingen staan op deze tablet';

/** The status line in words; it must be true, so it follows the sync layer's own counters. */
export function syncStatusText(status: SyncStatus): string {
  if (status.refused) return 'Andere sleutel: de server kent deze tablet niet voor dit gesprek · koppel opnieuw met de QR-code';
  if (status.state === 'connecting') return 'Verbinden…';
  if (status.state === 'paused') return 'Verbinding gepauzeerd · verbindt weer zodra u iets wijzigt';
  if (status.state === 'offline') {
    if (status.serverTrouble) return SERVER_TROUBLE_TEXT;
    if (status.pendingChanges === 0) return 'Niet verbonden · alles staat op deze tablet';
    return `Niet verbonden · ${waitingChanges(status.pendingChanges)}`;
  }
  return status.synced ? 'Verbonden · gesynchroniseerd' : 'Verbonden · bijwerken…';
}
