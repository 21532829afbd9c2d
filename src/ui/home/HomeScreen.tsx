import { useLayoutEffect, useState } from 'preact/hooks';
import type { GesprekRecord } from '../../storage/db.ts';
import { createGesprek, gesprekkenStore, refreshGesprekken, removeGesprek } from '../../state/gesprekkenStore.ts';
import { ConfirmDialog } from '../common/ConfirmDialog.tsx';
import { InsecureConnectionNotice } from '../common/InsecureConnectionNotice.tsx';
import { usePageTitle } from '../hooks/usePageTitle.ts';
import { storageMessage } from '../messages/storage.ts';
import { useStoreState } from '../hooks/useStoreState.ts';
import { gesprekHref, navigateTo } from '../routing/parseRoute.ts';
import { OfflineReadiness } from '../pwa/OfflineReadiness.tsx';
import { JoinActions } from '../sync/JoinActions.tsx';
import { BackupPanel } from './BackupPanel.tsx';
import { GesprekRow } from './GesprekRow.tsx';
import { HomeFollowUpNotices } from './HomeFollowUpNotices.tsx';
import { GesprekSearch, matchesSchool } from './GesprekSearch.tsx';
import { NewGesprekDialog } from './NewGesprekDialog.tsx';
import { SafariWarning } from './SafariWarning.tsx';
import { StorageFooter } from './StorageFooter.tsx';

/** Home: the gesprekken on this tablet, newest first, and "Nieuw gesprek". */
export function HomeScreen() {
  const { items, loaded, error } = useStoreState(gesprekkenStore, (s) => s);
  const [toDelete, setToDelete] = useState<GesprekRecord | undefined>();
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | undefined>();
  usePageTitle('Gesprekken op deze tablet');

  // Layout effect: the list read starts before the first paint, not a frame after it.
  useLayoutEffect(() => {
    void refreshGesprekken();
  }, []);

  const [asking, setAsking] = useState(false);
  const [query, setQuery] = useState('');
  const shown = items.filter((record) => matchesSchool(record, query));

  const startNew = async (schoolName: string) => {
    setBusy(true);
    try {
      const id = await createGesprek(new Date(), schoolName);
      setAsking(false);
      navigateTo(gesprekHref(id));
    } catch {
      setActionError('Een nieuw gesprek maken is mislukt. Is de tablet vol? Verwijder oude gesprekken en probeer het opnieuw.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" class="app-page app-home">
      <header class="app-home__header">
        <h1>Gesprek school &amp; politie</h1>
        <p class="app-lead">Samen afspraken maken voor een veilige school, volgens de gespreksleidraad.</p>
        <button type="button" class="utrecht-button utrecht-button--primary-action app-button-large" onClick={() => setAsking(true)} disabled={busy}>
          Nieuw gesprek
        </button>
        <JoinActions onJoined={() => void refreshGesprekken()} />
        <OfflineReadiness />
      </header>
      <InsecureConnectionNotice />
      {(error || actionError) && (
        <div class="utrecht-alert utrecht-alert--error" role="alert">{actionError ?? (error && storageMessage(error))}</div>
      )}
      <SafariWarning />
      <HomeFollowUpNotices items={items} />
      <section aria-labelledby="list-title">
        <h2 id="list-title">Gesprekken op deze tablet</h2>
        {loaded && items.length === 0 && <p>Er staan nog geen gesprekken op deze tablet.</p>}
        {items.length > 1 && <GesprekSearch query={query} onQuery={setQuery} found={shown.length} />}
        <ul class="app-gesprek-list">
          {shown.map((record) => (
            <GesprekRow key={record.id} record={record} onDelete={setToDelete} />
          ))}
        </ul>
      </section>
      <BackupPanel />
      <StorageFooter />
      {asking && <NewGesprekDialog busy={busy} onStart={(name) => void startNew(name)} onCancel={() => setAsking(false)} />}
      {toDelete && (
        <ConfirmDialog
          question={`${toDelete.schoolName ? `Gesprek met ${toDelete.schoolName}` : 'Naamloos gesprek'} verwijderen van deze tablet?`}
          detail="Alles wat in dit gesprek is ingevuld, verdwijnt van deze tablet. Dit kan niet ongedaan worden gemaakt."
          confirmLabel="Verwijderen"
          onCancel={() => setToDelete(undefined)}
          onConfirm={() => {
            const id = toDelete.id;
            setToDelete(undefined);
            void removeGesprek(id).catch(() => setActionError('Verwijderen is mislukt. Probeer het opnieuw.'));
          }}
        />
      )}
    </main>
  );
}
