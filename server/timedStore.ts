/** A store that reports how long each operation took, and the bytes appended, to the metrics. */
import type { StoreOperation, SyncMetrics } from './metrics.ts';
import type { LogAppend, MaybePromise, SyncStore } from './syncStore.ts';

/** Runs `then` after `result` succeeded, keeping a synchronous result synchronous (SQLite). */
function afterSuccess<T>(result: MaybePromise<T>, then: () => void): MaybePromise<T> {
  if (!(result instanceof Promise)) {
    then();
    return result;
  }
  return result.then((value) => {
    then();
    return value;
  });
}

export function timedStore(store: SyncStore, metrics: SyncMetrics): SyncStore {
  function timed<T>(operation: StoreOperation, run: () => MaybePromise<T>): MaybePromise<T> {
    const start = performance.now();
    const took = () => metrics.storeTook(operation, (performance.now() - start) / 1000);
    let result: MaybePromise<T>;
    try {
      result = run();
    } catch (error) {
      took();
      throw error;
    }
    if (!(result instanceof Promise)) {
      took();
      return result;
    }
    return result.finally(took);
  }
  const bytesOf = (rows: readonly LogAppend[]) => rows.reduce((sum, row) => sum + row.update.byteLength, 0);

  return {
    loadLog: (room) => timed('load', () => store.loadLog(room)),
    append: (rows) => afterSuccess(timed('append', () => store.append(rows)), () => metrics.stored(bytesOf(rows))),
    compact: (room) => timed('compact', () => store.compact(room)),
    hasRoom: (room) => timed('has_room', () => store.hasRoom(room)),
    legacyTokenHash: (room) => timed('legacy_token_hash', () => store.legacyTokenHash(room)),
    storedBytes: () => store.storedBytes(),
    ping: () => store.ping(),
    close: () => store.close(),
  };
}
