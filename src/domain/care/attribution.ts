import type * as Y from 'yjs';

/** Sides a tablet can be on; the same words the sync layer uses. */
export type AuthorRole = 'school' | 'politie';

/** Who a Yjs client id belongs to: a tablet (stable id kept on the device) and, once chosen, its role. */
export interface ClientEntry {
  tablet: string;
  role?: AuthorRole;
  since: number;
}

/** Top-level map: client id (as text) → ClientEntry. Each key is written only by that client. */
export const CLIENTS_MAP = 'clients';

const clientsMap = (doc: Y.Doc) => doc.getMap<ClientEntry>(CLIENTS_MAP);

/** Records (or updates) which tablet and role this document's own client id belongs to. */
export function registerClient(doc: Y.Doc, tablet: string, role: AuthorRole | undefined, now: number): void {
  const key = String(doc.clientID);
  const existing = clientsMap(doc).get(key);
  if (existing && existing.tablet === tablet && existing.role === role) return;
  const entry: ClientEntry = { tablet, since: existing?.since ?? now };
  if (role) entry.role = role;
  clientsMap(doc).set(key, entry);
}

export function clientEntry(doc: Y.Doc, client: number): ClientEntry | undefined {
  return clientsMap(doc).get(String(client));
}

/** The latest role any client of this tablet declared: a tablet keeps its side across sessions. */
export function roleOfTablet(doc: Y.Doc, tablet: string): AuthorRole | undefined {
  let latest: ClientEntry | undefined;
  clientsMap(doc).forEach((entry) => {
    if (entry.tablet === tablet && entry.role && (!latest || entry.since >= latest.since)) latest = entry;
  });
  return latest?.role;
}

/** "School", "Politie", "deze tablet" (no role yet) or "de andere tablet". */
export function authorLabel(doc: Y.Doc, tablet: string | undefined, ownTablet: string): string {
  const role = tablet ? roleOfTablet(doc, tablet) : undefined;
  if (role === 'school') return 'School';
  if (role === 'politie') return 'Politie';
  return tablet === ownTablet ? 'deze tablet' : 'de andere tablet';
}

export function tabletOfClient(doc: Y.Doc, client: number): string | undefined {
  return clientEntry(doc, client)?.tablet;
}
