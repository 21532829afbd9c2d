import { createStore } from 'zustand/vanilla';
import type { ImportProblem, ImportResult } from '../storage/backup.ts';
import type { StorageErrorKind } from '../storage/storageErrors.ts';
import { refreshGesprekken } from './gesprekkenStore.ts';

/** How the last backup action ended, as a code; the words are in src/ui/messages/storage.ts. */
export type BackupNotice =
  | { code: 'exported'; count: number }
  | { code: 'nothing-to-export' | 'export-failed' | 'not-a-backup' | 'newer-version' | 'damaged' }
  | { code: 'imported'; added: number; merged: number }
  | { code: 'storage'; kind: StorageErrorKind };

/** "Reservekopie maken" / "Reservekopie terugzetten": what is going on, and how it ended. */
export interface BackupState {
  busy: 'export' | 'import' | undefined;
  notice?: { kind: 'ok' | 'error'; notice: BackupNotice };
}

export const backupStore = createStore<BackupState>(() => ({ busy: undefined }));

// Yjs and y-indexeddb come with the backup code: loaded on the first tap, not with home.
const loadBackup = () => import('../storage/backup.ts');

const MAX_BACKUP_BYTES = 200 * 1024 * 1024;
const ok = (notice: BackupNotice) => ({ kind: 'ok' as const, notice });
const error = (notice: BackupNotice) => ({ kind: 'error' as const, notice });

/** Builds the backup file; the screen offers it as a download (or the share sheet). */
export async function makeBackup(now = new Date()): Promise<{ fileName: string; blob: Blob } | undefined> {
  backupStore.setState({ busy: 'export' }, true);
  try {
    const { exportBackup } = await loadBackup();
    const { fileName, text, count } = await exportBackup(now);
    if (count === 0) {
      backupStore.setState({ busy: undefined, notice: error({ code: 'nothing-to-export' }) });
      return undefined;
    }
    backupStore.setState({ busy: undefined, notice: ok({ code: 'exported', count }) });
    return { fileName, blob: new Blob([text], { type: 'application/json' }) };
  } catch {
    backupStore.setState({ busy: undefined, notice: error({ code: 'export-failed' }) });
    return undefined;
  }
}

/** Merges a chosen backup file into this tablet and refreshes the list. */
export async function restoreBackup(file: Blob): Promise<void> {
  backupStore.setState({ busy: 'import' }, true);
  let result: ImportResult;
  if (file.size > MAX_BACKUP_BYTES) {
    result = { ok: false, error: { code: 'not-a-backup' } };
  } else {
    try {
      const { importBackup } = await loadBackup();
      result = await importBackup(await file.text());
    } catch {
      result = { ok: false, error: { code: 'damaged' } };
    }
  }
  // A storage failure midway leaves the gesprekken before it restored: the list shows them.
  if (result.ok || result.error.code.startsWith('storage-')) await refreshGesprekken();
  backupStore.setState({ busy: undefined, notice: importNotice(result) });
}

function importNotice(result: ImportResult): NonNullable<BackupState['notice']> {
  if (result.ok) return ok({ code: 'imported', ...result.value });
  const code: ImportProblem = result.error.code;
  if (code === 'not-a-backup' || code === 'newer-version' || code === 'damaged') return error({ code });
  return error({ code: 'storage', kind: code.slice('storage-'.length) as StorageErrorKind });
}
