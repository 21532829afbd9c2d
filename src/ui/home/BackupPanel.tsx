import { backupStore, makeBackup, restoreBackup } from '../../state/backupStore.ts';
import { backupNoticeText } from '../messages/storage.ts';
import { useStoreState } from '../hooks/useStoreState.ts';
import { offerFile } from '../files/offerFile.ts';
import '../pwa/pwa.css';

/** "Reservekopie maken" saves every gesprek in one file; "terugzetten" merges such a file back. */
export function BackupPanel() {
  const { busy, notice } = useStoreState(backupStore, (s) => s);

  const save = async () => {
    const made = await makeBackup();
    if (made) await offerFile(new File([made.blob], made.fileName, { type: 'application/json' }));
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
