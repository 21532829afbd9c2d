import { createStore } from 'zustand/vanilla';
import { registerServiceWorker, type ServiceWorkerHandle } from '../pwa/registerServiceWorker.ts';
import { allWritesIdle } from '../storage/openDocs.ts';

/**
 * Whether the app works without a network yet: `preparing` while the service worker precaches,
 * `ready` once it is active, `unavailable` when this browser cannot (or would not) register one;
 * `not-applicable` in development, where no service worker is built.
 */
export type OfflineReadiness = 'not-applicable' | 'preparing' | 'ready' | 'unavailable';

/** Whether a new version of the app waits to be used, and whether it is being switched to. */
export interface AppUpdateState {
  updateWaiting: boolean;
  updating: boolean;
  offline: OfflineReadiness;
}

export const appUpdateStore = createStore<AppUpdateState>(() => ({ updateWaiting: false, updating: false, offline: 'not-applicable' }));

let handle: Promise<ServiceWorkerHandle | undefined> | undefined;

/**
 * Registers the service worker once, in production builds only (never under `npm run dev`).
 * Called from the entry module, so the precache starts with the first screen, not after a lazy
 * chunk (workbox-window is ~2 kB gzip of the first screen's script).
 */
export function startAppUpdates(): void {
  if (handle || !import.meta.env.PROD) return;
  if (!('serviceWorker' in navigator)) {
    appUpdateStore.setState({ offline: 'unavailable' });
    return;
  }
  appUpdateStore.setState({ offline: 'preparing' });
  handle = registerServiceWorker(`${import.meta.env.BASE_URL}sw.js`, {
    onUpdateWaiting: () => appUpdateStore.setState({ updateWaiting: true }),
    onOfflineReady: () => appUpdateStore.setState({ offline: 'ready' }),
  }).catch((error: unknown) => {
    // Without a service worker the app still works online; offline use needs it.
    console.warn('service worker not registered', error instanceof Error ? error.name : typeof error);
    if (appUpdateStore.getState().offline !== 'ready') appUpdateStore.setState({ offline: 'unavailable' });
    return undefined;
  });
}

/** A write takes milliseconds; one that hangs (storage trouble, shown on screen) must not block the update. */
const WRITE_WAIT_LIMIT_MS = 2000;

/**
 * "Nu bijwerken": the waiting version takes over and the page reloads (hash route kept), once what
 * was just typed is in IndexedDB.
 */
export async function applyAppUpdate(): Promise<void> {
  const sw = await handle;
  if (!sw) return;
  appUpdateStore.setState({ updating: true });
  await Promise.race([allWritesIdle(), new Promise((resolve) => setTimeout(resolve, WRITE_WAIT_LIMIT_MS))]);
  sw.applyUpdate();
}
