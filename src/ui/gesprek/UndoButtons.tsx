import type { GesprekUndo } from '../../state/gesprekUndo.ts';
import { useUndoState } from './useUndoState.ts';
import './undo.css';

/**
 * "Ongedaan maken" and "Opnieuw" for touch (keyboards have Ctrl/Cmd+Z). aria-disabled rather
 * than disabled, so a button that has just undone the last step keeps the focus.
 */
export function UndoButtons({ undo }: { undo: GesprekUndo }) {
  const { canUndo, canRedo } = useUndoState(undo);
  return (
    <div class="app-undo-buttons" role="group" aria-label="Wijzigingen van deze tablet">
      <button
        type="button"
        class="utrecht-button utrecht-button--secondary-action"
        aria-disabled={!canUndo}
        onClick={() => canUndo && undo.undo()}
      >
        Ongedaan maken
      </button>
      <button
        type="button"
        class="utrecht-button utrecht-button--secondary-action"
        aria-disabled={!canRedo}
        onClick={() => canRedo && undo.redo()}
      >
        Opnieuw
      </button>
    </div>
  );
}
