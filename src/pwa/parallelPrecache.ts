import type { PrecacheController, PrecacheEntry } from 'workbox-precaching';

/**
 * How many files are fetched at once. Chromium has at most six HTTP/1.1 connections per host on
 * the wire and queues the rest; a file keeps its place here until it is in the cache (workbox's
 * precache strategy answers only after its cache write), so more places than connections keep
 * the connections busy while earlier files are still being written.
 */
const PARALLEL_DOWNLOADS = 12;
/** A download that fails (a connection reset on a shaky link) is tried again before the install fails. */
const ATTEMPTS = 3;

/**
 * The install step of `controller`, with the downloads in parallel. Workbox's own
 * `PrecacheController.install` fetches one file after another (workbox issue 2528), so on a
 * 40 ms link every one of ~30 files costs at least a round trip. Each file still goes through
 * workbox's precache strategy (public `strategy.handleAll`), exactly as in its install: a file
 * already cached under its key is kept, a >= 400 answer fails the install, a redirected response
 * is copied. Revisioned files bypass the HTTP cache (`reload`), hashed ones may come from it, as
 * in workbox.
 */
export async function installInParallel(controller: PrecacheController, entries: ReadonlyArray<PrecacheEntry | string>, event: ExtendableEvent): Promise<void> {
  const byUrl = new Map<string, PrecacheEntry>();
  for (const entry of entries) {
    const item = typeof entry === 'string' ? { url: entry } : entry;
    byUrl.set(new URL(item.url, location.href).href, item);
  }
  const work = [...controller.getURLsToCacheKeys()];
  const stored: Array<Promise<void>> = [];

  /** Fetches and caches one file; `onSettled` once its response is there (for the precache strategy: cached) or it finally failed. */
  const precacheOne = async (url: string, cacheKey: string, onSettled: () => void): Promise<void> => {
    const entry = byUrl.get(url);
    for (let attempt = 1; ; attempt++) {
      const request = new Request(url, {
        ...(entry?.integrity ? { integrity: entry.integrity } : {}),
        cache: entry?.revision ? 'reload' : 'default',
        credentials: 'same-origin',
        // Chromium lets an installing worker have only three requests out at once (its fetches
        // are throttled until the install ends; docs/performance.md, P9); keepalive requests are
        // not throttled, so six are on the wire, one per connection. A GET has no body, so keepalive's
        // 64 KiB body quota does not apply; it changes nothing else about the request.
        keepalive: true,
      });
      const [response, done] = controller.strategy.handleAll({ params: { cacheKey }, request, event });
      try {
        await response;
        onSettled();
        await done;
        return;
      } catch (error) {
        done.catch(() => undefined); // settled here, whichever of the two failed
        if (attempt >= ATTEMPTS) {
          onSettled();
          throw error;
        }
      }
    }
  };

  const next = async (): Promise<void> => {
    for (let item = work.shift(); item; item = work.shift()) {
      const [url, cacheKey] = item;
      // The next request starts once this one's response is settled (for the precache strategy:
      // once it is in the cache), before the rest of its bookkeeping (`done`).
      await new Promise<void>((settled) => {
        const one = precacheOne(url, cacheKey, settled);
        one.catch(() => undefined); // awaited below
        stored.push(one);
      });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, next));
  await Promise.all(stored);
}
