import * as Y from 'yjs';
import { LOCAL_EDIT, TypingOrigin } from '../domain/form/editOrigins.ts';
import { startsNewUndoStep, type TypingStep } from '../domain/form/undoGrouping.ts';
import { writable } from '../domain/form/schemaRule.ts';

/** One step on the undo stack, as a handle: a removal message undoes exactly its own step. */
export type UndoStep = object;

/** Undo and redo of this tablet's own edits in one gesprek. */
export interface GesprekUndo {
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  /** The step the last edit made or joined. */
  latestStep(): UndoStep | undefined;
  /** Undoes `step` if it is still the latest; false if other edits came after it. */
  undoStep(step: UndoStep): boolean;
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

/**
 * A Y.UndoManager over the whole document (so fields created later, such as a new action's
 * texts, are in scope without addToScope) that tracks only this tablet's own origins: the
 * other tablet's changes, which the sync layer applies with its own origin, are never undone.
 * Typing is cut into word-sized steps (undoGrouping); every other edit is a step of its own.
 */
export function createGesprekUndo(doc: Y.Doc, trackedOrigins: readonly unknown[] = [LOCAL_EDIT, TypingOrigin]): GesprekUndo {
  let lastTyping: TypingStep | undefined;
  // Registered before the manager, so it runs first and can end the current step in time.
  const group = (transaction: Y.Transaction) => {
    const origin: unknown = transaction.origin;
    if (origin instanceof TypingOrigin) {
      const [edit] = origin.edits;
      const step = edit && origin.edits.length === 1 ? { field: origin.source, edit, before: origin.before, at: Date.now() } : undefined;
      if (!step || startsNewUndoStep(lastTyping, step)) manager.stopCapturing();
      lastTyping = step;
    } else if (origin === LOCAL_EDIT) {
      manager.stopCapturing();
      lastTyping = undefined;
    } else if (transaction.local) {
      lastTyping = undefined;
    }
  };
  doc.on('afterTransaction', group);
  // Steps end only where `group` says so (pauses included), never by the manager's own clock.
  const manager = new Y.UndoManager(doc, { trackedOrigins: new Set(trackedOrigins), captureTimeout: Number.MAX_SAFE_INTEGER });
  // A discrete edit must not absorb the typing that follows it either.
  const afterDiscrete = (transaction: Y.Transaction) => {
    if (transaction.origin === LOCAL_EDIT) manager.stopCapturing();
  };
  doc.on('afterTransaction', afterDiscrete);

  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared', 'stack-item-updated'] as const;
  events.forEach((name) => manager.on(name, notify));
  const top = () => manager.undoStack[manager.undoStack.length - 1];

  return {
    undo() {
      if (writable(doc)) manager.undo();
    },
    redo() {
      if (writable(doc)) manager.redo();
    },
    canUndo: () => writable(doc) && manager.canUndo(),
    canRedo: () => writable(doc) && manager.canRedo(),
    latestStep: top,
    undoStep(step) {
      if (top() !== step || !writable(doc)) return false;
      manager.undo();
      return true;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      doc.off('afterTransaction', group);
      doc.off('afterTransaction', afterDiscrete);
      events.forEach((name) => manager.off(name, notify));
      manager.destroy();
      listeners.clear();
    },
  };
}
