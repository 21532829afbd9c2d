/** Presence (awareness) that carries only ciphertext: `{ e: base64url(sealed JSON) }` per client. */
import type { Awareness } from 'y-protocols/awareness';
import { fromBase64Url, toBase64Url } from '../protocol/base64url.ts';
import { fromUtf8, utf8 } from './bytes.ts';
import { openEntry, presenceAad, sealEntry } from './envelope.ts';
import type { Peer, Role } from './syncStatus.ts';

export interface Presence {
  role: Role;
  /** The field key the person is typing in, if any. */
  field?: string;
  name?: string;
  /** The screen the person has open (a section slug such as "h4"). */
  screen?: string;
}

const MAX_TEXT = 200;
/**
 * Presence JSON is padded with spaces to this many characters before sealing (which pads to a
 * bucket), so role and field name never show in the ciphertext length: any role with any field
 * of up to MAX_TEXT characters seals to the same size.
 */
export const PRESENCE_PADDED_CHARS = 240;
const MAX_CIPHERTEXT = 4096;

export class EncryptedPresence {
  private readonly aad: Uint8Array;
  private readonly peersById = new Map<number, { sealed: string; peer: Peer | null }>();
  private latestSet = 0;
  private destroyed = false;

  constructor(
    private readonly awareness: Awareness,
    private readonly key: CryptoKey,
    roomId: string,
    private readonly onPeers: (peers: Peer[]) => void,
  ) {
    this.aad = presenceAad(roomId);
    awareness.on('change', this.onChange);
  }

  async set(presence: Presence): Promise<void> {
    const attempt = ++this.latestSet;
    const json = JSON.stringify(cleanPresence(presence)).padEnd(PRESENCE_PADDED_CHARS, ' ');
    const sealed = toBase64Url(await sealEntry(this.key, utf8(json), this.aad));
    // A later call may have finished first; only the newest presence is published.
    if (this.destroyed || attempt !== this.latestSet) return;
    this.awareness.setLocalState({ e: sealed });
  }

  peers(): Peer[] {
    return [...this.peersById.values()].flatMap(({ peer }) => (peer ? [peer] : []));
  }

  destroy(): void {
    this.destroyed = true;
    this.awareness.off('change', this.onChange);
  }

  private readonly onChange = (): void => {
    const states = this.awareness.getStates();
    let removed = false;
    for (const clientId of [...this.peersById.keys()]) {
      if (!states.has(clientId)) removed = this.peersById.delete(clientId) || removed;
    }
    for (const [clientId, state] of states) {
      if (clientId === this.awareness.clientID) continue;
      const sealed: unknown = (state as { e?: unknown }).e;
      if (typeof sealed !== 'string' || sealed.length > MAX_CIPHERTEXT) continue;
      if (this.peersById.get(clientId)?.sealed === sealed) continue;
      void this.open(clientId, sealed);
    }
    if (removed) this.onPeers(this.peers());
  };

  private async open(clientId: number, sealed: string): Promise<void> {
    let peer: Peer | null = null;
    try {
      const opened = await openEntry(this.key, fromBase64Url(sealed), this.aad);
      if (opened.ok) peer = toPeer(clientId, JSON.parse(fromUtf8(opened.value)));
    } catch {
      peer = null;
    }
    const current = this.awareness.getStates().get(clientId) as { e?: unknown } | undefined;
    if (this.destroyed || current?.e !== sealed) return;
    this.peersById.set(clientId, { sealed, peer });
    this.onPeers(this.peers());
  }
}

function cleanPresence(presence: Presence): Presence {
  const clean: Presence = { role: presence.role };
  if (presence.field !== undefined) clean.field = presence.field.slice(0, MAX_TEXT);
  if (presence.name !== undefined) clean.name = presence.name.slice(0, MAX_TEXT);
  if (presence.screen !== undefined) clean.screen = presence.screen.slice(0, MAX_TEXT);
  return clean;
}

/** Decrypted is not the same as well-formed: a newer app version might send more or other fields. */
function toPeer(clientId: number, value: unknown): Peer | null {
  if (typeof value !== 'object' || value === null) return null;
  const { role, field, name, screen } = value as Record<string, unknown>;
  if (role !== 'school' && role !== 'politie') return null;
  const peer: Peer = { clientId, role };
  if (typeof field === 'string' && field.length <= MAX_TEXT) peer.field = field;
  if (typeof name === 'string' && name.length <= MAX_TEXT) peer.name = name;
  if (typeof screen === 'string' && screen.length <= MAX_TEXT) peer.screen = screen;
  return peer;
}
