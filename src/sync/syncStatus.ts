/** The sync status the UI renders, and a tiny observable holding it. */

export type Role = 'school' | 'politie';

export interface Peer {
  /** The other tablet's awareness client id (changes per session). */
  clientId: number;
  role: Role;
  field?: string;
  name?: string;
  /** The screen the other person has open (a section slug such as "h4"). */
  screen?: string;
}

export interface SyncStatus {
  /**
   * 'connecting' only until the first attempt ends; while retrying after a loss it stays 'offline'.
   * 'paused': the server closed a quiet connection; it reconnects as soon as there is something to send.
   */
  state: 'connecting' | 'connected' | 'offline' | 'paused';
  /** The server closed for trouble of its own (store, quota, load): retrying; the changes stay here. */
  serverTrouble: boolean;
  /** Connected, caught up with the server, and nothing local waiting. */
  synced: boolean;
  /** Local edits the server has not acknowledged yet (0 once flushed after a reconnect). */
  pendingChanges: number;
  /** Entries that could not be decrypted (skipped, never applied). */
  decryptErrors: number;
  /** The server holds entries this tablet cannot read (junk, or another key): said once, not per entry. */
  unreadableEntries: boolean;
  /** The server refused the token: this tablet has the wrong key for this gesprek. No retries. */
  refused: boolean;
  peers: readonly Peer[];
}

export const INITIAL_STATUS: SyncStatus = {
  state: 'connecting',
  serverTrouble: false,
  synced: false,
  pendingChanges: 0,
  decryptErrors: 0,
  unreadableEntries: false,
  refused: false,
  peers: [],
};

export type StatusListener = (status: SyncStatus) => void;

export class StatusStore {
  private status: SyncStatus = INITIAL_STATUS;
  private readonly listeners = new Set<StatusListener>();

  get(): SyncStatus {
    return this.status;
  }

  /** Listeners hear only real changes; the current status is delivered right away. */
  subscribe(listener: StatusListener): () => void {
    this.listeners.add(listener);
    listener(this.status);
    return () => this.listeners.delete(listener);
  }

  update(changes: Partial<SyncStatus>): void {
    const next = { ...this.status, ...changes };
    const keys = Object.keys(next) as Array<keyof SyncStatus>;
    if (keys.every((key) => next[key] === this.status[key])) return;
    this.status = next;
    for (const listener of this.listeners) listener(next);
  }

  clear(): void {
    this.listeners.clear();
  }
}
