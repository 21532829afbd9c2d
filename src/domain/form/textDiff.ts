import type * as Y from 'yjs';

/** The smallest single edit that turns `from` into `to`: keep a common prefix and suffix. */
export interface TextEdit {
  index: number;
  deleteCount: number;
  insert: string;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

export function diffText(from: string, to: string): TextEdit {
  const max = Math.min(from.length, to.length);
  let prefix = 0;
  while (prefix < max && from.charCodeAt(prefix) === to.charCodeAt(prefix)) prefix++;
  // Never split a surrogate pair: Yjs would store a lone half, which does not survive encoding.
  if (prefix > 0 && isHighSurrogate(from.charCodeAt(prefix - 1))) prefix--;

  let suffix = 0;
  const maxSuffix = max - prefix;
  while (
    suffix < maxSuffix &&
    from.charCodeAt(from.length - 1 - suffix) === to.charCodeAt(to.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (suffix > 0 && isLowSurrogate(from.charCodeAt(from.length - suffix))) suffix--;

  return {
    index: prefix,
    deleteCount: from.length - prefix - suffix,
    insert: to.slice(prefix, to.length - suffix),
  };
}

/**
 * Applies what the user changed in a field as a minimal edit, so that another tablet typing
 * in the same field merges character by character instead of being overwritten.
 */
export function applyTextChange(text: Y.Text, next: string, origin?: unknown): void {
  const edit = diffText(text.toString(), next);
  if (edit.deleteCount === 0 && edit.insert === '') return;
  const apply = () => {
    if (edit.deleteCount > 0) text.delete(edit.index, edit.deleteCount);
    if (edit.insert) text.insert(edit.index, edit.insert);
  };
  if (text.doc) text.doc.transact(apply, origin);
  else apply();
}
