/**
 * The code-split screens, each imported once: main.tsx starts the import of the screen the
 * address names before the first render, and the screen's lazy wrapper takes the same promise.
 */
let gesprekScreen: Promise<typeof import('../gesprek/GesprekScreen.tsx')> | undefined;
let koppelScreen: Promise<typeof import('../sync/KoppelScreen.tsx')> | undefined;

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
