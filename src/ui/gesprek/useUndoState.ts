import { useEffect, useReducer } from 'preact/hooks';
import type { GesprekUndo } from '../../state/gesprekUndo.ts';

/** Whether there is something to undo or redo; re-renders the caller when the stacks change. */
export function useUndoState(undo: GesprekUndo): { canUndo: boolean; canRedo: boolean } {
  const [, bump] = useReducer((n: number, _: undefined) => n + 1, 0);
  useEffect(() => undo.subscribe(() => bump(undefined)), [undo]);
  // Read at render: read-only (which also rules out undo) can change with any update.
  return { canUndo: undo.canUndo(), canRedo: undo.canRedo() };
}
