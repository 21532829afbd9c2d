import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { actieRows, actieTextKey, addActie, removeActie, setActieWanneer, setActieGedaan } from '../domain/form/actieFields.ts';
import { TypingOrigin } from '../domain/form/editOrigins.ts';
import { editForInput } from '../domain/form/inputEdit.ts';
import { initializeNewGesprek } from '../domain/form/meta.ts';
import { applyTextEdits, readText, textField } from '../domain/form/textFields.ts';
import { isThemeSelected, setThemeSelected } from '../domain/form/themeFields.ts';
import { insertAtCaret } from '../domain/inspiration/insertExample.ts';
import { REMOTE_ORIGIN } from '../sync/origins.ts';
import { createGesprekUndo } from './gesprekUndo.ts';

const field = {}; // stands in for the bound element

/** Types key by key at the end of a field, as the binding reports it. */
function type(text: Y.Text, keys: string) {
  for (const key of keys) {
    const before = text.toString();
    const edit = editForInput(before, before + key, { start: before.length, end: before.length }, 'insertText')!;
    applyTextEdits(text, [edit], new TypingOrigin(field, [edit], before));
  }
}

function setup() {
  const doc = new Y.Doc();
  initializeNewGesprek(doc, '2026-12-01');
  return { doc, undo: createGesprekUndo(doc) };
}

afterEach(() => vi.useRealTimers());

describe('undo per tablet', () => {
  it('takes back the last word typed, not the whole field', () => {
    const { doc, undo } = setup();
    const text = textField(doc, 'samenwerking');
    type(text, 'Overleg elk kwartaal');
    undo.undo();
    expect(text.toString()).toBe('Overleg elk ');
    undo.undo();
    expect(text.toString()).toBe('Overleg ');
    undo.redo();
    expect(text.toString()).toBe('Overleg elk ');
  });

  it('ends a step after a pause in typing', () => {
    vi.useFakeTimers();
    const { doc, undo } = setup();
    const text = textField(doc, 'samenwerking');
    type(text, 'Over');
    vi.advanceTimersByTime(2000);
    type(text, 'leg');
    undo.undo();
    expect(text.toString()).toBe('Over');
  });

  it('never undoes the other tablet’s edits', () => {
    const { doc, undo } = setup();
    const text = textField(doc, 'samenwerking');
    type(text, 'school');
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    other.getText('samenwerking').insert(0, 'politie ');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)), REMOTE_ORIGIN);
    undo.undo();
    expect(text.toString()).toBe('politie ');
    expect(undo.canUndo()).toBe(false);
  });

  it('takes an inserted example ("Overnemen") out in one step, exactly', () => {
    const { doc, undo } = setup();
    const text = textField(doc, 'samenwerking');
    type(text, 'Wij spreken af:');
    insertAtCaret(text, text.length, 'De wijkagent komt elke maand langs.');
    expect(text.toString()).toBe('Wij spreken af:\nDe wijkagent komt elke maand langs.');
    undo.undo();
    expect(text.toString()).toBe('Wij spreken af:');
  });

  it('brings a removed action back whole in one step, also its fields made after the undo manager', () => {
    const { doc, undo } = setup();
    const id = addActie(doc);
    type(textField(doc, actieTextKey(id, 'actie')), 'Voorlichting');
    type(textField(doc, actieTextKey(id, 'doorWie')), 'Jeroen');
    setActieWanneer(doc, id, '2027-01-15');
    setActieGedaan(doc, id, true);

    removeActie(doc, id);
    expect(actieRows(doc)).toEqual([]);
    undo.undo();
    expect(actieRows(doc)).toEqual([{ id, wanneer: '2027-01-15', gedaan: true }]);
    expect(readText(doc, actieTextKey(id, 'actie'))).toBe('Voorlichting');
    expect(readText(doc, actieTextKey(id, 'doorWie'))).toBe('Jeroen');
    undo.undo();
    expect(actieRows(doc)[0]?.gedaan).toBe(false);
  });

  it('makes each tick its own step and undoes a step only while it is the latest', () => {
    const { doc, undo } = setup();
    setThemeSelected(doc, 'pesten', true);
    setThemeSelected(doc, 'diefstal', true);
    setThemeSelected(doc, 'pesten', false);
    const untick = undo.latestStep();
    expect(untick).toBeDefined();
    type(textField(doc, 'samenwerking'), 'x');
    expect(undo.undoStep(untick!)).toBe(false);
    undo.undo();
    expect(undo.undoStep(untick!)).toBe(true);
    expect(isThemeSelected(doc, 'pesten')).toBe(true);
    expect(isThemeSelected(doc, 'diefstal')).toBe(true);
  });
});
