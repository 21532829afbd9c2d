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
});
