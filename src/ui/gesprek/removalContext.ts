import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** A removal the person can take back: what to say, how to remove, how to put it back. */
export interface Removal {
  /** "Actie 3 verwijderd". */
  message: string;
  /** Removes; false when nothing was removed (already gone, read-only). */
  remove: () => boolean;
  /** Puts it back when the removal is no longer the latest undo step. */
  restore: () => void;
}

/** Without a gesprek screen around it (a component on its own), a removal simply happens. */
export const RemovalContext = createContext<(removal: Removal) => void>((removal) => {
  removal.remove();
});

export const useRemoval = () => useContext(RemovalContext);
