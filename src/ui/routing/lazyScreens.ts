/**
 * The code-split screens, each imported once: main.tsx starts the import of the screen the
 * address names before the first render, and the screen's lazy wrapper takes the same promise.
 */
import type * as GesprekScreenModule from '../gesprek/GesprekScreen.tsx';
import type * as KoppelScreenModule from '../sync/KoppelScreen.tsx';

let gesprekScreen: Promise<typeof GesprekScreenModule> | undefined;
let koppelScreen: Promise<typeof KoppelScreenModule> | undefined;

export const loadGesprekScreen = () => {
  gesprekScreen ??= import('../gesprek/GesprekScreen.tsx');
  // A failed load is forgotten, so opening the gesprek again tries again.
  gesprekScreen.catch(() => (gesprekScreen = undefined));
  return gesprekScreen;
};

export const loadKoppelScreen = () => {
  koppelScreen ??= import('../sync/KoppelScreen.tsx');
  koppelScreen.catch(() => (koppelScreen = undefined));
  return koppelScreen;
};
