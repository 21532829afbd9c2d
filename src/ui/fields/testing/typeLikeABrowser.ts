import { fireEvent } from '@testing-library/preact';

type Field = HTMLInputElement | HTMLTextAreaElement;

/** One input event as a browser sends it: beforeinput (selection still there), the change, input. */
function inputEvent(field: Field, inputType: string, data: string, next: (value: string, start: number, end: number) => [string, number]) {
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  fireEvent(field, new InputEvent('beforeinput', { inputType, data, bubbles: true, cancelable: true }));
  const [value, caret] = next(field.value, start, end);
  field.value = value;
  field.setSelectionRange(caret, caret);
  fireEvent(field, new InputEvent('input', { inputType, data, bubbles: true }));
}

/** Types text key by key at the caret; the first key replaces the selection, as typing over it does. */
export function typeKeys(field: Field, text: string): void {
  field.focus();
  for (const key of text) {
    inputEvent(field, 'insertText', key, (value, start, end) => [value.slice(0, start) + key + value.slice(end), start + key.length]);
  }
}

/** Backspace at the caret (or over the selection). */
export function pressBackspace(field: Field): void {
  field.focus();
  inputEvent(field, 'deleteContentBackward', '', (value, start, end) => {
    const from = start === end ? Math.max(0, start - 1) : start;
    return [value.slice(0, from) + value.slice(end), from];
  });
}

export function selectAll(field: Field): void {
  field.focus();
  field.setSelectionRange(0, field.value.length);
}
