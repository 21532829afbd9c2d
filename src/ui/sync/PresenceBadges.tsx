import type { Peer } from '../../sync/index.ts';
import { ROLE_LABEL } from './roleLabels.ts';

/** A small coloured badge per other person connected: "Politie is er". */
export function PresenceBadges({ peers }: { peers: readonly Peer[] }) {
  if (peers.length === 0) return null;
  return (
    <ul class="app-presence" aria-label="Wie is er verbonden">
      {peers.map((peer) => (
        <li key={peer.clientId} class={`app-presence__badge app-presence__badge--${peer.role}`}>
          <span aria-hidden="true">● </span>
          {ROLE_LABEL[peer.role]} is er
        </li>
      ))}
    </ul>
  );
}
