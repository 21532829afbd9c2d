import { useLayoutEffect, useState } from 'preact/hooks';

type Loaded<T> = { state: 'loading' } | { state: 'ready'; module: T } | { state: 'failed' };

/** Loads a code-split module once, so the first screen stays small. */
export function useLazyModule<T>(load: () => Promise<T>): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  // A layout effect starts loading in the same task as the first render; a plain effect would
  // first wait for the next frame, and opening a gesprek waits on this import.
  useLayoutEffect(() => {
    let live = true;
    load().then(
      (module) => live && setLoaded({ state: 'ready', module }),
      () => live && setLoaded({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
    // The loader is a module-level constant at every call site.
  }, []);
  return loaded;
}
