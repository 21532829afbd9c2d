import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type * as Y from 'yjs';
import { transformCaret, type TextDeltaOp } from '../../domain/form/caretTransform.ts';
import { rebaseEdit } from '../../domain/form/deferredEdit.ts';
import { TypingOrigin } from '../../domain/form/editOrigins.ts';
import { editForInput, type InputRange, type TextEdit } from '../../domain/form/inputEdit.ts';
import { applyTextEdits } from '../../domain/form/textFields.ts';
import { caretAfterChange } from '../../domain/form/caretAfterChange.ts';

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

/** What `beforeinput` saw: the value and the selection the event is about to replace. */
interface PendingInput extends InputRange {
  value: string;
  inputType: string;
}

/** An IME composition in progress: the other tablet's changes wait until it ends. */
interface Composition extends InputRange {
  base: string;
  held: TextDeltaOp[][];
}

/**
 * Binds an uncontrolled input or textarea to a Y.Text. Local input goes in as exactly the edit
 * the person made (the selection at `beforeinput` is the replaced range; see editForInput), the
 * other tablet's typing comes out without moving this person's caret. Returns the ref, the
 * input handler and the current value (for hints).
 */
export function useYTextBinding<E extends FieldElement>(text: Y.Text) {
  const ref = useRef<E>(null);
  const [value, setValue] = useState(() => text.toString());
  const pending = useRef<PendingInput>();
  const composition = useRef<Composition>();

  const show = useCallback((el: E, caret?: number) => {
    el.value = text.toString();
    if (caret !== undefined && el.ownerDocument.activeElement === el) el.setSelectionRange(caret, caret);
    setValue(el.value);
    autoGrow(el);
  }, [text]);

  const commit = useCallback((el: E, edits: TextEdit[], before: string) => {
    // Refused (the gesprek became read-only): the field shows the document again, not what was typed.
    if (edits.length > 0 && !applyTextEdits(text, edits, new TypingOrigin(el, edits, before))) show(el);
    setValue(el.value);
    autoGrow(el);
  }, [text, show]);

  // Before the first paint, so a field never shows empty for a frame.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    show(el);
    const onChange = (event: Y.YTextEvent, transaction: Y.Transaction) => {
      const origin: unknown = transaction.origin;
      if (origin instanceof TypingOrigin && origin.source === el) return;
      const delta = event.delta as TextDeltaOp[];
      // Writing the field during an IME composition would break it: hold the change until it ends.
      if (composition.current) {
        composition.current.held.push(delta);
        return;
      }
      const focused = el.ownerDocument.activeElement === el;
      const { selectionStart, selectionEnd } = el;
      el.value = text.toString();
      if (focused && transaction.local) {
        // Undo, redo or an inserted example: the caret goes to where the text changed.
        const caret = caretAfterChange(delta);
        el.setSelectionRange(caret, caret);
      } else if (focused && selectionStart !== null && selectionEnd !== null) {
        el.setSelectionRange(transformCaret(delta, selectionStart), transformCaret(delta, selectionEnd));
      }
      setValue(el.value);
      autoGrow(el);
    };
    const onBeforeInput = (event: Event) => {
      pending.current = {
        value: el.value,
        start: el.selectionStart ?? el.value.length,
        end: el.selectionEnd ?? el.value.length,
        inputType: event instanceof InputEvent ? event.inputType : '',
      };
    };
    const onCompositionStart = () => {
      const start = el.selectionStart ?? el.value.length;
      composition.current = { base: el.value, start, end: el.selectionEnd ?? start, held: [] };
    };
    const onCompositionEnd = () => {
      const done = composition.current;
      composition.current = undefined;
      pending.current = undefined;
      if (!done) return;
      const edit = editForInput(done.base, el.value, done, 'insertCompositionText');
      if (done.held.length === 0) {
        commit(el, edit ? [edit] : [], done.base);
        return;
      }
      // The other tablet wrote meanwhile: apply the composed word to the text as it is now.
      const edits = edit ? rebaseEdit(edit, done.held, done.base.length) : [];
      const before = text.toString();
      commit(el, edits, before);
      const inserted = edits.find((e) => e.insert !== '');
      show(el, inserted ? inserted.index + inserted.insert.length : undefined);
    };
    text.observe(onChange);
    el.addEventListener('beforeinput', onBeforeInput);
    el.addEventListener('compositionstart', onCompositionStart);
    el.addEventListener('compositionend', onCompositionEnd);
    return () => {
      text.unobserve(onChange);
      el.removeEventListener('beforeinput', onBeforeInput);
      el.removeEventListener('compositionstart', onCompositionStart);
      el.removeEventListener('compositionend', onCompositionEnd);
    };
  }, [text, show, commit]);

  const onInput = useCallback(
    (event: Event) => {
      const el = event.currentTarget as E;
      if (composition.current) return; // applied whole at compositionend
      const before = text.toString();
      const seen = pending.current;
      pending.current = undefined;
      // The range is trusted only when the field showed exactly the document's text.
      const range = seen && seen.value === before ? seen : undefined;
      const edit = editForInput(before, el.value, range, range?.inputType);
      commit(el, edit ? [edit] : [], before);
    },
    [text, commit],
  );

  return { ref, onInput, value };
}
