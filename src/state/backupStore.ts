import { createStore } from 'zustand/vanilla';
import type { ImportResult } from '../storage/backup.ts';
import { refreshGesprekken } from './gesprekkenStore.ts';

/** "Reservekopie maken" / "Reservekopie terugzetten": what is going on, and how it ended. */
export interface BackupState {
  busy: 'export' | 'import' | undefined;
  notice?: { kind: 'ok' | 'error'; text: string };
}

export const backupStore = createStore<BackupState>(() => ({ busy: undefined }));

// Yjs and y-indexeddb come with the backup code: loaded on the first tap, not with home.
const loadBackup = () => import('../storage/backup.ts');

const MAX_BACKUP_BYTES = 200 * 1024 * 1024;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Builds the backup file; the screen offers it as a download (or the share sheet). */
export async function makeBackup(now = new Date()): Promise<{ fileName: string; blob: Blob } | undefined> {
  backupStore.setState({ busy: 'export' }, true);
  try {
    const { exportBackup } = await loadBackup();
    const { fileName, text, count } = await exportBackup(now);
    if (count === 0) {
      backupStore.setState({ busy: undefined, notice: { kind: 'error', text: 'Er staan nog geen gesprekken op deze tablet. Er is niets om te bewaren.' } });
      return undefined;
    }
    backupStore.setState({
      busy: undefined,
      notice: { kind: 'ok', text: `Reservekopie gemaakt van ${plural(count, 'gesprek', 'gesprekken')}. Bewaar het bestand op een veilige plek.` },
    });
    return { fileName, blob: new Blob([text], { type: 'application/json' }) };
  } catch {
    backupStore.setState({ busy: undefined, notice: { kind: 'error', text: 'Reservekopie maken is mislukt. Herlaad de app en probeer het opnieuw.' } });
    return undefined;
  }
}

/** Merges a chosen backup file into this tablet and refreshes the list. */
export async function restoreBackup(file: Blob): Promise<void> {
  backupStore.setState({ busy: 'import' }, true);
  let result: ImportResult;
  if (file.size > MAX_BACKUP_BYTES) {
    result = { ok: false, problem: 'not-a-backup' };
  } else {
    try {
      const { importBackup } = await loadBackup();
      result = await importBackup(await file.text());
    } catch {
      result = { ok: false, problem: 'damaged' };
    }
  }
  if (result.ok || (result.problem === 'storage' && result.done > 0)) await refreshGesprekken();
  backupStore.setState({ busy: undefined, notice: importNotice(result) });
}

function importNotice(result: ImportResult): NonNullable<BackupState['notice']> {
  if (result.ok) {
    const { added, merged } = result;
    if (added + merged === 0) return { kind: 'ok', text: 'Deze reservekopie bevat geen gesprekken. Er is niets veranderd.' };
    const parts = [
      ...(added ? [plural(added, 'nieuw gesprek', 'nieuwe gesprekken')] : []),
      ...(merged ? [`${plural(merged, 'gesprek', 'gesprekken')} samengevoegd`] : []),
    ];
    return { kind: 'ok', text: `Reservekopie teruggezet: ${parts.join(', ')}.` };
  }
  switch (result.problem) {
    case 'not-a-backup':
      return { kind: 'error', text: 'Dit bestand is geen reservekopie van deze app. Er is niets veranderd. Kies het bestand “gesprekken-reservekopie-…”.' };
    case 'newer-version':
      return { kind: 'error', text: 'Deze reservekopie komt uit een nieuwere versie van de app. Werk de app eerst bij. Er is niets veranderd.' };
    case 'damaged':
      return { kind: 'error', text: 'Deze reservekopie is beschadigd. Er is niets veranderd. Kies een andere reservekopie.' };
    case 'storage':
      return { kind: 'error', text: `Terugzetten is niet afgemaakt. ${result.message}` };
  }
}
