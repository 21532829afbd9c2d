import { useEffect } from 'preact/hooks';
import type { GesprekUndo } from '../../state/gesprekUndo.ts';

type Command = 'undo' | 'redo';

/** Ctrl/Cmd+Z undoes; Shift+Ctrl/Cmd+Z and Ctrl+Y redo. */
function commandOf(event: KeyboardEvent): Command | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return undefined;
}

/** The form and the page around it; a search box in a dialog keeps its own undo. */
function isForm(target: EventTarget | null): boolean {
  return !(target instanceof Element) || target.closest('dialog') === null;
}

/**
 * Sends undo and redo to this tablet's undo manager, in any field of the gesprek. The browser's
 * own undo in a textarea would fight the document (it replays its own idea of the text), so it
 * is intercepted both as keys and as the `historyUndo`/`historyRedo` input events that the iPad's
 * undo key and the Edit menu send.
 */
export function useUndoKeys(undo: GesprekUndo): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = commandOf(event);
      if (!command || !isForm(event.target)) return;
      event.preventDefault();
      undo[command]();
    };
    const onBeforeInput = (event: InputEvent) => {
      const command = event.inputType === 'historyUndo' ? 'undo' : event.inputType === 'historyRedo' ? 'redo' : undefined;
      if (!command || !isForm(event.target)) return;
      event.preventDefault();
      undo[command]();
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('beforeinput', onBeforeInput, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('beforeinput', onBeforeInput, true);
    };
  }, [undo]);
}
