import { appUpdateStore, applyAppUpdate } from '../../state/appUpdateStore.ts';
import { useStoreState } from '../hooks/useStoreState.ts';
import './pwa.css';

/** "Nieuwe versie beschikbaar": a new version waits until the user chooses to switch. */
export function UpdatePrompt() {
  const { updateWaiting, updating } = useStoreState(appUpdateStore, (s) => s);
  if (!updateWaiting) return null;
  return (
    <aside class="app-update" aria-labelledby="app-update-title">
      <p id="app-update-title" class="app-update__text" role="status">
        <strong>Nieuwe versie beschikbaar.</strong> Wat u hebt ingevuld, blijft bewaard.
      </p>
      <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={() => void applyAppUpdate()} disabled={updating}>
        {updating ? 'Bijwerken…' : 'Nu bijwerken'}
      </button>
    </aside>
  );
}
