/**
 * Rooms that are not in the store yet cost storage: each address may open only so many per hour
 * (4429), and none at all once the store is at its high-water mark (4507). Rooms already stored or
 * loaded are never refused here, so existing gesprekken keep working when storage is full.
 */
import { CLOSE } from '../src/protocol/index.ts';
import type { SyncLimits } from './limits.ts';
import type { SyncStore } from './syncStore.ts';
import { TokenBucket } from './tokenBucket.ts';

/** The stored size is asked at most this often (PostgreSQL's is a query). */
const SIZE_CHECK_MS = 5_000;
const PRUNE_MS = 10 * 60_000;

export class NewRoomGate {
  private readonly perIp = new Map<string, TokenBucket>();
  private size = { bytes: 0, at: -Infinity };
  private readonly pruner: NodeJS.Timeout;

  constructor(
    private readonly store: SyncStore,
    private readonly limits: Pick<SyncLimits, 'newRoomsPerIpPerHour' | 'storageHighWaterBytes'>,
    private readonly isLoaded: (room: string) => boolean,
  ) {
    // Buckets that have refilled hold nothing worth keeping.
    this.pruner = setInterval(() => {
      for (const [ip, bucket] of this.perIp) if (bucket.isFull) this.perIp.delete(ip);
    }, PRUNE_MS).unref();
  }

  /** null to admit, else the close code; a store that cannot answer gives 4503 (retried). */
  async admit(room: string, ip: string): Promise<number | null> {
    if (this.isLoaded(room)) return null;
    try {
      if (await this.store.hasRoom(room)) return null;
      if ((await this.storedBytes()) >= this.limits.storageHighWaterBytes) return CLOSE.storageFull;
    } catch {
      return CLOSE.serverTrouble;
    }
    let bucket = this.perIp.get(ip);
    if (!bucket) {
      bucket = new TokenBucket(this.limits.newRoomsPerIpPerHour, this.limits.newRoomsPerIpPerHour / 3600);
      this.perIp.set(ip, bucket);
    }
    return bucket.take() ? null : CLOSE.tooManyNewRooms;
  }

  stop(): void {
    clearInterval(this.pruner);
  }

  private async storedBytes(): Promise<number> {
    const now = performance.now();
    if (now - this.size.at > SIZE_CHECK_MS) this.size = { bytes: await this.store.storedBytes(), at: now };
    return this.size.bytes;
  }
}
