import { useEffect, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';

/** The thin Preact binding for a vanilla zustand store. */
export function useStoreState<S, T>(store: StoreApi<S>, select: (state: S) => T): T {
  const [value, setValue] = useState(() => select(store.getState()));
  useEffect(() => {
    setValue(select(store.getState()));
    return store.subscribe((state) => setValue(() => select(state)));
    // The selector is expected to be stable in meaning; re-subscribing per render is not needed.
  }, [store]);
  return value;
}
