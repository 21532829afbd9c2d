import { createStore } from 'zustand/vanilla';
import type { ServiceWorkerHandle } from '../pwa/registerServiceWorker.ts';
import { allWritesIdle } from '../storage/openDocs.ts';

/** Whether a new version of the app waits to be used, and whether it is being switched to. */
export interface AppUpdateState {
  updateWaiting: boolean;
  updating: boolean;
}

export const appUpdateStore = createStore<AppUpdateState>(() => ({ updateWaiting: false, updating: false }));

let handle: Promise<ServiceWorkerHandle | undefined> | undefined;

/**
 * Registers the service worker once, in production builds only (never under `npm run dev`).
 * workbox-window is loaded lazily so the first screen's script stays small.
 */
export function startAppUpdates(): void {
  if (handle || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  handle = import('../pwa/registerServiceWorker.ts')
    .then(({ registerServiceWorker }) =>
      registerServiceWorker(`${import.meta.env.BASE_URL}sw.js`, {
        onUpdateWaiting: () => appUpdateStore.setState({ updateWaiting: true }),
      }),
    )
    .catch((error: unknown) => {
      // Without a service worker the app still works online; offline use needs it.
      console.warn('service worker not registered', error instanceof Error ? error.name : typeof error);
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
