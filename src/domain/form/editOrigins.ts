import type { TextEdit } from './inputEdit.ts';

/**
 * Transaction origins of this tablet's own edits. Undo tracks exactly these (never the other
 * tablet's changes, which arrive with the sync layer's own origin), and a field binding uses
 * them to tell its own typing from everything else.
 */

/** A discrete edit: a tick, a date, "Overnemen", adding or removing an action or theme. */
export const LOCAL_EDIT: unique symbol = Symbol('gesprek-local-edit');

/** Typing in one field; carries the edit so undo can group it into word-sized steps. */
export class TypingOrigin {
  constructor(
    /** The element whose binding made the edit: it must not echo its own change back. */
    readonly source: object,
    readonly edits: readonly TextEdit[],
    /** The field's text before the edit. */
    readonly before: string,
  ) {}
}
