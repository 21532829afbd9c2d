import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { EXAMPLES } from '../../domain/inspiration/examples/index.ts';
import { filterExamples } from '../../domain/inspiration/filterExamples.ts';
import { InspirationDialog } from './InspirationDialog.tsx';

afterEach(cleanup);

function open(props: Partial<Parameters<typeof InspirationDialog>[0]> = {}) {
  const onChoose = vi.fn();
  const onClose = vi.fn();
  const fieldLabel = props.fieldLabel ?? 'Preventie';
  render(
    <InspirationDialog fieldLabel={fieldLabel} fieldKind="preventie" onChoose={onChoose} onClose={onClose} {...props} />,
  );
  return { onChoose, onClose, dialog: screen.getByRole('dialog', { name: `Inspiratie voor ${fieldLabel}` }) };
}

const chooseButtons = () => screen.queryAllByRole('button', { name: /^Overnemen/ });
const listedTexts = () => screen.queryAllByRole('listitem').map((li) => li.querySelector('p')?.textContent);

describe('InspirationDialog', () => {
  it('opens as a dialog titled after the field, with the field’s phases pressed', () => {
    const { dialog } = open();
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(screen.getByRole('heading', { name: 'Inspiratie voor Preventie' })).toBeTruthy();
    const pressed = screen.getAllByRole('button', { pressed: true }).map((b) => b.textContent);
    expect(pressed).toEqual(['Preventie', 'Signaleren', 'Fysieke omgeving', 'Voorlichting']);
    expect(screen.getByRole('button', { name: 'Reageren op incidenten', pressed: false })).toBeTruthy();
  });

  it('lists the examples of the field’s phases with phase and source in small print', () => {
    open();
    const expected = filterExamples({ phases: ['preventie', 'signaleren', 'fysieke-omgeving', 'voorlichting'] });
    expect(chooseButtons()).toHaveLength(expected.length);
    expect(listedTexts()).toEqual(expected.map((e) => e.text));
    const first = screen.getAllByRole('listitem')[0]!;
    expect(within(first).getByText(/Preventie · Bron: Leidraad/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(`${expected.length} voorbeelden`);
  });

  it('gives every "Overnemen" button a unique accessible name', () => {
    open();
    const names = chooseButtons().map((b) => b.getAttribute('aria-labelledby'));
    expect(new Set(names).size).toBe(names.length);
    const button = chooseButtons()[0]!;
    const [selfId, textId] = button.getAttribute('aria-labelledby')!.split(' ');
    expect(selfId).toBe(button.id);
    expect(document.getElementById(textId!)?.textContent).toBe(EXAMPLES[0]!.text);
  });

  it('narrows the list as the search is typed, diacritics-insensitively', () => {
    open();
    const before = chooseButtons().length;
    fireEvent.input(screen.getByRole('searchbox', { name: 'Zoeken' }), { target: { value: 'wijkagent uniform' } });
    expect(chooseButtons().length).toBeLessThan(before);
    expect(listedTexts()).toEqual([expect.stringContaining('wijkagent')]);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Zoeken' }), { target: { value: 'ONDERSTEUNINGSCOORDINATOREN' } });
    expect(listedTexts()).toEqual([expect.stringContaining('ondersteuningscoördinatoren')]);
  });

  it('says so when nothing matches', () => {
    open();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Zoeken' }), { target: { value: 'zzzxq' } });
    expect(screen.getByText('Geen voorbeelden gevonden. Pas de zoekterm of de filters aan.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('0 voorbeelden');
  });

  it('toggles phases with the chips', () => {
    open();
    fireEvent.click(screen.getByRole('button', { name: 'Media' }));
    expect(screen.getByRole('button', { name: 'Media', pressed: true })).toBeTruthy();
    expect(listedTexts()).toContain(EXAMPLES.find((e) => e.id === 'med-persbericht')!.text);
    for (const name of ['Preventie', 'Signaleren', 'Fysieke omgeving', 'Voorlichting']) {
      fireEvent.click(screen.getByRole('button', { name }));
    }
    expect(chooseButtons()).toHaveLength(filterExamples({ phases: ['media'] }).length);
  });

  it('filters by the slot’s theme, and lets the person lift that filter', () => {
    open({ themeId: 'diefstal', fieldKind: 'reageren', fieldLabel: 'Reageren op incidenten' });
    const texts = listedTexts();
    expect(texts).toContain(EXAMPLES.find((e) => e.id === 'rea-diefstal-bevriezen')!.text);
    expect(texts).not.toContain(EXAMPLES.find((e) => e.id === 'rea-onder-invloed')!.text);
    const toggle = screen.getByRole('checkbox', { name: 'Alleen voorbeelden die passen bij het thema Diefstal van bezittingen van leerlingen, personeel of de school' });
    fireEvent.click(toggle);
    expect(listedTexts()).toContain(EXAMPLES.find((e) => e.id === 'rea-onder-invloed')!.text);
  });

  it('offers every action for the action list of chapter 6', () => {
    open({ fieldKind: 'actie', fieldLabel: 'Actie' });
    expect(screen.getByRole('button', { name: 'Alle acties', pressed: true })).toBeTruthy();
    expect(chooseButtons()).toHaveLength(filterExamples({ phases: ['afronden'], kinds: ['actie'] }).length);
    fireEvent.click(screen.getByRole('button', { name: 'Alle acties' }));
    expect(chooseButtons()).toHaveLength(filterExamples({ phases: ['afronden'] }).length);
  });

  it('"Overnemen" hands the example’s text to onChoose and closes the dialog', () => {
    const { onChoose, onClose, dialog } = open();
    fireEvent.click(chooseButtons()[0]!);
    expect(onChoose).toHaveBeenCalledWith(EXAMPLES[0]!.text);
    expect(onChoose).toHaveBeenCalledTimes(1);
    expect(onClose).not.toHaveBeenCalled();
    expect(dialog.hasAttribute('open')).toBe(false);
  });

  it('"Sluiten" and Escape call onClose once', () => {
    const { onClose, onChoose } = open();
    fireEvent.click(screen.getByRole('button', { name: 'Sluiten' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    cleanup();

    const second = open();
    fireEvent.keyDown(second.dialog, { key: 'Escape' });
    fireEvent(second.dialog, new Event('cancel', { cancelable: true }));
    expect(second.onClose).toHaveBeenCalledTimes(1);
    expect(onChoose).not.toHaveBeenCalled();
  });

  it('gives focus back to the button that opened it', () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const { onClose } = open();
    expect(document.activeElement?.textContent).toBe('Inspiratie voor Preventie');
    fireEvent.click(screen.getByRole('button', { name: 'Sluiten' }));
    expect(onClose).toHaveBeenCalled();
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });
});

describe('InspirationDialog’s search past the filters', () => {
  it('says how many examples match outside the phase and theme filters, and shows them on request', () => {
    open({ fieldLabel: 'Reageren op incidenten', fieldKind: 'reageren', themeId: 'pesten' });
    const search = screen.getByRole('searchbox', { name: 'Zoeken' });
    fireEvent.input(search, { target: { value: 'kluis' } });
    const all = filterExamples({ query: 'kluis' });
    expect(all.length).toBeGreaterThan(0);
    const shown = chooseButtons().length;
    expect(shown).toBeLessThan(all.length);
    expect(screen.getByRole('status').textContent).toContain(`nog ${all.length - shown === 1 ? '1 voorbeeld' : `${all.length - shown} voorbeelden`} met “kluis”`);
    fireEvent.click(screen.getByRole('button', { name: `Toon alle ${all.length} voorbeelden` }));
    expect(chooseButtons()).toHaveLength(all.length);
    expect(screen.queryByRole('button', { name: /^Toon alle/ })).toBeNull();
  });
});
