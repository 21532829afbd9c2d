import type { TextDeltaOp } from './caretTransform.ts';

/** The position just after the last place a change touched: where the caret goes after undo. */
export function caretAfterChange(delta: readonly TextDeltaOp[]): number {
  let pos = 0;
  let caret = 0;
  for (const op of delta) {
    if (op.retain !== undefined) pos += op.retain;
    else if (op.insert !== undefined) {
      pos += typeof op.insert === 'string' ? op.insert.length : 1;
      caret = pos;
    } else if (op.delete !== undefined) caret = pos;
  }
  return caret;
}
