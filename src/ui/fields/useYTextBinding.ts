import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type * as Y from 'yjs';
import { transformCaret, type TextDeltaOp } from '../../domain/form/caretTransform.ts';
import { applyTextChange } from '../../domain/form/textDiff.ts';

type FieldElement = HTMLInputElement | HTMLTextAreaElement;

/** Where CSS can size a textarea to its content, no script has to measure (and force a layout). */
const cssSizesTextareas = typeof CSS !== 'undefined' && CSS.supports?.('field-sizing', 'content');

/** Grows a textarea with its text so nothing hides behind a scrollbar. */
export function autoGrow(el: FieldElement): void {
  if (el instanceof HTMLTextAreaElement && !cssSizesTextareas) {
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 4}px`;
  }
}

/**
 * Binds an uncontrolled input or textarea to a Y.Text: local typing goes in as a minimal diff,
 * the other tablet's typing comes out without moving this person's caret. Returns the ref,
 * the input handler and the current value (for hints).
 */
export function useYTextBinding<E extends FieldElement>(text: Y.Text) {
  const ref = useRef<E>(null);
  const [value, setValue] = useState(() => text.toString());

  // Before the first paint, so a field never shows empty for a frame.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.value = text.toString();
    setValue(el.value);
    autoGrow(el);
    const onChange = (event: Y.YTextEvent, transaction: Y.Transaction) => {
      if (transaction.origin === el) return;
      const focused = el.ownerDocument.activeElement === el;
      const { selectionStart, selectionEnd } = el;
      const delta = event.delta as TextDeltaOp[];
      el.value = text.toString();
      if (focused && selectionStart !== null && selectionEnd !== null) {
        el.setSelectionRange(transformCaret(delta, selectionStart), transformCaret(delta, selectionEnd));
      }
      setValue(el.value);
      autoGrow(el);
    };
    text.observe(onChange);
    return () => text.unobserve(onChange);
  }, [text]);

  const onInput = useCallback(
    (event: Event) => {
      const el = event.currentTarget as E;
      applyTextChange(text, el.value, el);
      setValue(el.value);
      autoGrow(el);
    },
    [text],
  );

  return { ref, onInput, value };
}
