/**
 * The first module main.tsx evaluates: it starts what the screen in the address will wait for,
 * all at once, before the rest of the first screen's code runs. For a gesprek: its database
 * (opened and read, docPreload.ts) and its screen's chunk with Yjs; for every screen: the list
 * database, which every screen reads first (a failure there surfaces on that first read).
 */
import { appDatabase } from './storage/db.ts';
import { preloadDoc } from './storage/docPreload.ts';
import { parseRoute } from './ui/routing/parseRoute.ts';
import { loadGesprekScreen } from './ui/routing/lazyScreens.ts';

const route = parseRoute(location.hash);
if (route.screen === 'gesprek') {
  preloadDoc(route.id);
  // Its failure is the screen's to show (LoadFailed), when it asks for the same promise.
  loadGesprekScreen().catch(() => undefined);
}
appDatabase().open().catch(() => undefined);
