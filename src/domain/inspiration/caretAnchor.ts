import * as Y from 'yjs';

/**
 * Remembers a caret as a Yjs relative position. The inspiration dialog stays open for a while,
 * and the other tablet may type in the same field meanwhile; a plain index would then point
 * at the wrong place, a relative position moves along with the text.
 */
export function anchorCaret(text: Y.Text, caret: number): Y.RelativePosition {
  const at = Math.min(Math.max(Math.trunc(caret) || 0, 0), text.length);
  // assoc -1: stick to the character before the caret, i.e. to what the user had just typed.
  return Y.createRelativePositionFromTypeIndex(text, at, -1);
}

/** The anchored caret as an index in the text now, or undefined when it cannot be resolved. */
export function resolveCaret(text: Y.Text, anchor: Y.RelativePosition): number | undefined {
  if (!text.doc) return undefined;
  const absolute = Y.createAbsolutePositionFromRelativePosition(anchor, text.doc);
  return absolute && absolute.type === text ? absolute.index : undefined;
}
