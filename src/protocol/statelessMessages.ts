/**
 * Messages beside the Yjs sync, as Hocuspocus stateless payloads (JSON text):
 * - server → tablet `{"t":"stored","ids":[…]}`: these entries are in the store (committed), not
 *   only in the server's memory. A tablet says "gesynchroniseerd" only once all its own entries
 *   have been confirmed this way.
 * - tablet → server `{"t":"confirm","ids":[…]}`: after a reconnect, which of these entries does the
 *   store hold? The server answers with a `stored` message naming those it holds.
 * - tablet → server `{"t":"noSyncStatus"}`, once per connection: this tablet waits for `stored`,
 *   not for Hocuspocus' sync status after each update, so the server need not send that to it.
 *   Servers that do not know it ignore it; tablets that do not send it keep getting the status.
 */
export type StatelessMessage = { t: 'stored'; ids: string[] } | { t: 'confirm'; ids: string[] } | { t: 'noSyncStatus' };

const MAX_IDS = 4096;
const isEntryIdText = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{22}$/.test(value);

export const storedMessage = (ids: readonly string[]): string => JSON.stringify({ t: 'stored', ids });
export const confirmMessage = (ids: readonly string[]): string => JSON.stringify({ t: 'confirm', ids });
export const noSyncStatusMessage = (): string => JSON.stringify({ t: 'noSyncStatus' });

/** null for anything that is not exactly one of the messages above (foreign input is never trusted). */
export function parseStatelessMessage(payload: string): StatelessMessage | null {
  if (payload.length > MAX_IDS * 32) return null;
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { t, ids } = value as { t?: unknown; ids?: unknown };
  if (t === 'noSyncStatus') return Object.keys(value).length === 1 ? { t } : null;
  if ((t !== 'stored' && t !== 'confirm') || !Array.isArray(ids) || ids.length > MAX_IDS || !ids.every(isEntryIdText)) return null;
  return { t, ids: ids as string[] };
}
