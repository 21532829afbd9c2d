import { Workbox } from 'workbox-window';

/** What the app hears from its service worker. */
export interface ServiceWorkerEvents {
  /** A new version is installed and waits; it takes over only when the user says so. */
  onUpdateWaiting(): void;
  /** A service worker is active: its install precached every file, so the app opens without a network. */
  onOfflineReady(): void;
}

export interface ServiceWorkerHandle {
  /** Lets the waiting version take over, then reloads the page once it controls it. */
  applyUpdate(): void;
  /** Asks the server whether there is a new version. */
  checkForUpdate(): Promise<void>;
}

const UPDATE_CHECK_INTERVAL_MS = 30 * 60 * 1000;

/**
 * Registers the precaching service worker (built by vite-plugin-pwa) with workbox-window.
 * Never swaps code by itself: a waiting version is only reported.
 */
export async function registerServiceWorker(scriptUrl: string, events: ServiceWorkerEvents): Promise<ServiceWorkerHandle> {
  const wb = new Workbox(scriptUrl);
  let reloading = false;
  wb.addEventListener('waiting', () => events.onUpdateWaiting());
  const checkForUpdate = async () => {
    try {
      await wb.update();
    } catch {
      // Offline or the server is away: the next check will try again.
    }
  };
  // `ready` settles once a worker is active, and a worker only activates after its install has
  // precached everything (a failed download fails the install): then the tablet may go offline.
  void navigator.serviceWorker.ready.then(() => events.onOfflineReady());
  // `immediate`: workbox-window would wait for the page's load event; the precache may start now
  // (the page's own files are already requested, the worker's downloads only add to them).
  await wb.register({ immediate: true });
  // A tablet stays open for days: look for a new version now and then, and when it wakes up.
  setInterval(() => void checkForUpdate(), UPDATE_CHECK_INTERVAL_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void checkForUpdate();
  });
  return {
    applyUpdate() {
      wb.addEventListener('controlling', () => {
        if (reloading) return;
        reloading = true;
        location.reload();
      });
      wb.messageSkipWaiting();
    },
    checkForUpdate,
  };
}
