/** One op of a Y.Text change delta, as Yjs reports it. */
export interface TextDeltaOp {
  retain?: number;
  insert?: string | object;
  delete?: number;
}

/**
 * Where a caret at `index` ends up after someone else's change, so the person typing does not
 * see their caret jump when the other tablet's words arrive. Text inserted exactly at the
 * caret lands after it: the caret stays where this person was typing.
 */
export function transformCaret(delta: readonly TextDeltaOp[], index: number): number {
  let oldPos = 0;
  let shift = 0;
  for (const op of delta) {
    if (oldPos > index) break;
    if (op.retain !== undefined) {
      oldPos += op.retain;
    } else if (op.insert !== undefined) {
      const length = typeof op.insert === 'string' ? op.insert.length : 1;
      if (oldPos < index) shift += length;
    } else if (op.delete !== undefined) {
      if (oldPos < index) shift -= Math.min(op.delete, index - oldPos);
      oldPos += op.delete;
    }
  }
  return Math.max(0, index + shift);
}
