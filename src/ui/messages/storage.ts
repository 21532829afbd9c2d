/** Words for storage problems and backup outcomes (the storage and state layers return codes only). */
import type { StorageErrorKind } from '../../storage/storageErrors.ts';
import type { BackupNotice } from '../../state/backupStore.ts';

const STORAGE_MESSAGES: Record<StorageErrorKind, string> = {
  quota: 'Deze tablet heeft geen ruimte meer. Uw laatste wijziging is niet opgeslagen. Maak een reservekopie en verwijder oude gesprekken.',
  connection: 'De opslag van deze tablet is niet meer bereikbaar. Herlaad de app; wat al was opgeslagen, blijft bewaard.',
  aborted: 'Opslaan is afgebroken. Mogelijk is de tablet vol. Maak een reservekopie en verwijder oude gesprekken.',
  unavailable: 'De opslag van deze tablet werkt niet. Herlaad de app. Lukt het dan nog niet, sluit dan andere tabbladen met deze app.',
  other: 'Opslaan op deze tablet is mislukt. Herlaad de app; wat al was opgeslagen, blijft bewaard.',
};

export const storageMessage = (kind: StorageErrorKind): string => STORAGE_MESSAGES[kind];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The backup panel's notice in words. */
export function backupNoticeText(notice: BackupNotice): string {
  switch (notice.code) {
    case 'exported':
      return `Reservekopie gemaakt van ${plural(notice.count, 'gesprek', 'gesprekken')}. Bewaar het bestand op een veilige plek.`;
    case 'nothing-to-export':
      return 'Er staan nog geen gesprekken op deze tablet. Er is niets om te bewaren.';
    case 'export-failed':
      return 'Reservekopie maken is mislukt. Herlaad de app en probeer het opnieuw.';
    case 'imported': {
      const { added, merged } = notice;
      if (added + merged === 0) return 'Deze reservekopie bevat geen gesprekken. Er is niets veranderd.';
      const parts = [
        ...(added ? [plural(added, 'nieuw gesprek', 'nieuwe gesprekken')] : []),
        ...(merged ? [`${plural(merged, 'gesprek', 'gesprekken')} samengevoegd`] : []),
      ];
      return `Reservekopie teruggezet: ${parts.join(', ')}.`;
    }
    case 'not-a-backup':
      return 'Dit bestand is geen reservekopie van deze app. Er is niets veranderd. Kies het bestand “gesprekken-reservekopie-…”.';
    case 'newer-version':
      return 'Deze reservekopie komt uit een nieuwere versie van de app. Werk de app eerst bij. Er is niets veranderd.';
    case 'damaged':
      return 'Deze reservekopie is beschadigd. Er is niets veranderd. Kies een andere reservekopie.';
    case 'storage':
      return `Terugzetten is niet afgemaakt. ${storageMessage(notice.kind)}`;
  }
}
