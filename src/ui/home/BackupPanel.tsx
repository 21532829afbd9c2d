import { backupStore, makeBackup, restoreBackup } from '../../state/backupStore.ts';
import { backupNoticeText } from '../messages/storage.ts';
import { useStoreState } from '../hooks/useStoreState.ts';
import '../pwa/pwa.css';

/** "Reservekopie maken" saves every gesprek in one file; "terugzetten" merges such a file back. */
export function BackupPanel() {
  const { busy, notice } = useStoreState(backupStore, (s) => s);

  const save = async () => {
    const made = await makeBackup();
    if (made) await offerFile(made.fileName, made.blob);
  };

  const restore = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    await restoreBackup(file);
    // The same file may be chosen again later.
    input.value = '';
  };

  return (
    <section class="app-backup" aria-labelledby="backup-title">
      <h2 id="backup-title">Reservekopie</h2>
      <p>Bewaar alle gesprekken van deze tablet in één bestand, en zet ze zo nodig terug. Terugzetten voegt samen: niets wordt overschreven.</p>
      <div class="app-backup__actions">
        <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={() => void save()} disabled={busy !== undefined}>
          {busy === 'export' ? 'Reservekopie maken…' : 'Reservekopie maken'}
        </button>
        <input
          id="backup-file"
          class="app-backup__file"
          type="file"
          accept="application/json,.json"
          disabled={busy !== undefined}
          onChange={(event) => void restore(event)}
        />
        <label for="backup-file" class="utrecht-button utrecht-button--secondary-action app-backup__pick">
          {busy === 'import' ? 'Terugzetten…' : 'Reservekopie terugzetten'}
        </label>
      </div>
      <p class="app-backup__note">
        Het bestand bevat alles wat is ingevuld, ook de sleutels om gesprekken met de andere tablet te koppelen. Bewaar het veilig en deel het niet.
      </p>
      {notice &&
        (notice.kind === 'ok' ? (
          <div class="utrecht-alert utrecht-alert--ok" role="status">{backupNoticeText(notice.notice)}</div>
        ) : (
          <div class="utrecht-alert utrecht-alert--error" role="alert">{backupNoticeText(notice.notice)}</div>
        ))}
    </section>
  );
}

/** On a tablet with a share sheet the file goes there ("Bewaar in Bestanden"); elsewhere it downloads. */
async function offerFile(fileName: string, blob: Blob): Promise<void> {
  const file = new File([blob], fileName, { type: 'application/json' });
  const touch = window.matchMedia?.('(pointer: coarse)').matches ?? false;
  if (touch && navigator.canShare?.({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: fileName });
      return;
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
    }
  }
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
