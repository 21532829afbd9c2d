import { appUpdateStore } from '../../state/appUpdateStore.ts';
import { useStoreState } from '../hooks/useStoreState.ts';
import './pwa.css';

const TEXT = {
  preparing: {
    title: 'Wordt klaargezet voor gebruik zonder internet…',
    detail: 'Houd de verbinding nog even open. Daarna werkt de app ook zonder internet.',
  },
  ready: {
    title: 'Klaar voor gebruik zonder internet',
    detail: 'De app en alles wat u invult staan op deze tablet.',
  },
  unavailable: {
    title: 'Deze browser kon de app niet klaarzetten voor gebruik zonder internet.',
    detail: 'Laad de pagina opnieuw met internet. Lukt het dan nog niet, open de app in Safari of Chrome (niet in een privévenster).',
  },
} as const;

/** Home says when it is safe to go offline: the service worker has everything it needs. */
export function OfflineReadiness() {
  const offline = useStoreState(appUpdateStore, (s) => s.offline);
  // One live region that is always there, so a screen reader hears the change to "Klaar".
  const text = offline === 'not-applicable' ? undefined : TEXT[offline];
  return (
    <div class={`app-offline-readiness app-offline-readiness--${offline}`} role="status">
      {text && (
        <p>
          <strong>{text.title}</strong> {text.detail}
        </p>
      )}
    </div>
  );
}
