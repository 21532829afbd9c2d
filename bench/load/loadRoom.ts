/** One room under load: two tablets, each sending small updates that the other must receive. */

export interface LoadRoom {
  /** Seeded on the server and in both tablets. */
  ready: Promise<void>;
  /** Tablet `side` sends one small update. */
  send(side: 0 | 1): void;
  readonly counts: Counts;
  destroy(): void;
}

export interface Counts {
  sent: number;
  /** Bytes of the updates sent, as the server receives them (the sealed entry, or the plain Yjs update). */
  sentBytes: number;
  delivered: number;
  /** ms from the update leaving the tablet (for ours: sealed, in the envelope) to the other tablet receiving it. */
  latencies: number[];
}

export const newCounts = (): Counts => ({ sent: 0, sentBytes: 0, delivered: 0, latencies: [] });

export interface RoomOptions {
  /** Tablet 0 connects to urls[0], tablet 1 to urls[1] (the same url on one instance). */
  urls: readonly [string, string];
  seed: Uint8Array;
  /** The probe opens and applies what arrives, as a tablet does (after timing); the generator only sees it arrive. */
  open: boolean;
}
