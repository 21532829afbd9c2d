import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TextArea } from './TextArea.tsx';

describe('TextArea bound to a Y.Text', () => {
  it('writes typing into the document and shows the other tablet’s words without moving the caret', () => {
    const doc = new Y.Doc();
    render(<TextArea doc={doc} fieldKey="samenwerking" label="De samenwerking evalueren" />);
    const field = screen.getByLabelText('De samenwerking evalueren') as HTMLTextAreaElement;

    field.value = 'Overleg elk kwartaal.';
    fireEvent.input(field);
    expect(doc.getText('samenwerking').toString()).toBe('Overleg elk kwartaal.');

    field.focus();
    field.setSelectionRange(8, 8); // after "Overleg "
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    other.getText('samenwerking').insert(0, 'Politie: ');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));

    expect(field.value).toBe('Politie: Overleg elk kwartaal.');
    expect(field.selectionStart).toBe(17);
  });

  it('leaves an IME composition alone while the other tablet types, then keeps both', () => {
    const doc = new Y.Doc();
    doc.getText('samenwerking').insert(0, 'Overleg .');
    render(<TextArea doc={doc} fieldKey="samenwerking" label="De samenwerking evalueren" />);
    const field = screen.getByLabelText('De samenwerking evalueren') as HTMLTextAreaElement;
    field.focus();
    field.setSelectionRange(8, 8);

    field.dispatchEvent(new CompositionEvent('compositionstart'));
    field.value = 'Overleg maan.';
    fireEvent(field, new InputEvent('input', { inputType: 'insertCompositionText', isComposing: true }));
    // The other tablet writes at the start meanwhile: the field must not be rewritten mid-word.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    other.getText('samenwerking').insert(0, 'Elke ');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
    expect(field.value).toBe('Overleg maan.');

    field.value = 'Overleg maandelijks.';
    fireEvent(field, new InputEvent('input', { inputType: 'insertCompositionText', isComposing: true }));
    field.dispatchEvent(new CompositionEvent('compositionend'));

    expect(doc.getText('samenwerking').toString()).toBe('Elke Overleg maandelijks.');
    expect(field.value).toBe('Elke Overleg maandelijks.');
    expect(field.selectionStart).toBe('Elke Overleg maandelijks'.length);
  });
});
