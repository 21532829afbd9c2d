import { useEffect } from 'preact/hooks';
import { gesprekkenStore } from '../../state/gesprekkenStore.ts';
import { askPersistentStorage, refreshPersistState, storageSafetyStore } from '../../state/storageSafetyStore.ts';
import { useStoreState } from '../hooks/useStoreState.ts';
import '../pwa/pwa.css';

/** Home's footer: whether the browser keeps this tablet's gesprekken for good. */
export function StorageFooter() {
  const { persist, refused } = useStoreState(storageSafetyStore, (s) => s);
  // The first new gesprek asks the browser for lasting storage: look again when the list changes.
  const count = useStoreState(gesprekkenStore, (s) => s.items.length);
  useEffect(() => {
    void refreshPersistState();
  }, [count]);

  if (persist === undefined) return null;
  const lasting = persist === 'blijvend';
  return (
    <footer class="app-storage-footer">
      <p class={lasting ? 'app-storage-footer__state--ok' : 'app-storage-footer__state--risk'}>
        {lasting ? 'Opslag: blijvend' : 'Opslag: kan door de browser worden gewist'}
      </p>
      <p>
        {lasting
          ? 'De gesprekken staan alleen op deze tablet. Maak af en toe een reservekopie.'
          : 'Als de tablet ruimte nodig heeft, kan de browser de gesprekken wissen. Maak een reservekopie.'}
      </p>
      {persist === 'kan-worden-gewist' &&
        (refused ? (
          <p>De browser staat blijvend bewaren nu niet toe. Installeer de app of zet hem op het beginscherm.</p>
        ) : (
          <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => void askPersistentStorage()}>
            Vraag om blijvend bewaren
          </button>
        ))}
    </footer>
  );
}
