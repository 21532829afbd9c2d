import type { Peer } from '../../sync/index.ts';
import { ROLE_LABEL } from './roleLabels.ts';

/** "Hoofdstuk 4" or "Contactpersonen" for a section slug a peer sent; nothing for one this version does not know. */
function whereLabel(screen: string | undefined): string | undefined {
  if (screen === 'contactpersonen') return 'Contactpersonen';
  const chapter = /^h([2-6])$/.exec(screen ?? '')?.[1];
  return chapter ? `Hoofdstuk ${chapter}` : undefined;
}

/** Who else is connected and where they are: "School is er · Hoofdstuk 4" (a statement, not a button). */
export function PresenceBadges({ peers }: { peers: readonly Peer[] }) {
  if (peers.length === 0) return null;
  return (
    <ul class="app-presence" aria-label="Wie is er verbonden">
      {peers.map((peer) => {
        const where = whereLabel(peer.screen);
        return (
          <li key={peer.clientId} class={`app-presence__badge app-presence__badge--${peer.role}`}>
            <span class="app-presence__dot" aria-hidden="true">●</span>
            {ROLE_LABEL[peer.role]} is er{where ? ` · ${where}` : ''}
          </li>
        );
      })}
    </ul>
  );
}
