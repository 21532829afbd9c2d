import type { PrecacheController, PrecacheEntry } from 'workbox-precaching';

/**
 * How many precache requests wait for their response headers at once: Chromium opens at most six
 * HTTP/1.1 connections per host anyway.
 */
const PARALLEL_DOWNLOADS = 6;
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

  /** Fetches and caches one file; `onHeaders` once its response has begun (or it finally failed). */
  const precacheOne = async (url: string, cacheKey: string, onHeaders: () => void): Promise<void> => {
    const entry = byUrl.get(url);
    for (let attempt = 1; ; attempt++) {
      const request = new Request(url, {
        ...(entry?.integrity ? { integrity: entry.integrity } : {}),
        cache: entry?.revision ? 'reload' : 'default',
        credentials: 'same-origin',
        // Chromium lets an installing worker have only three requests out at once (its fetches
        // are throttled until the install ends; docs/performance.md, P9); keepalive requests are
        // not throttled, so all six of ours are on the wire. A GET has no body, so keepalive's
        // 64 KiB body quota does not apply; it changes nothing else about the request.
        keepalive: true,
      });
      const [response, done] = controller.strategy.handleAll({ params: { cacheKey }, request, event });
      try {
        await response;
        onHeaders();
        await done;
        return;
      } catch (error) {
        done.catch(() => undefined); // settled here, whichever of the two failed
        if (attempt >= ATTEMPTS) {
          onHeaders();
          throw error;
        }
      }
    }
  };

  const next = async (): Promise<void> => {
    for (let item = work.shift(); item; item = work.shift()) {
      const [url, cacheKey] = item;
      // The next request may start once this one's headers are in: its body streams into the
      // cache meanwhile (waiting for the cache write too left half the connections idle).
      await new Promise<void>((headersIn) => {
        const one = precacheOne(url, cacheKey, headersIn);
        one.catch(() => undefined); // awaited below
        stored.push(one);
      });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, next));
  await Promise.all(stored);
}
