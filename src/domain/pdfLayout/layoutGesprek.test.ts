import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildFullyFilledGesprek } from '../form/fixtures/fullyFilledGesprek.ts';
import { readForm } from '../form/formSnapshot.ts';
import { freeTextFields } from './testing/expectedFields.ts';
import { findLayoutProblems, monospaceMeasure, placedLines, readingOrderText } from './testing/layoutChecks.ts';
import { layoutGesprek } from './layoutGesprek.ts';
import type { DocumentLayout } from './layoutTypes.ts';

const layout = (doc: Y.Doc) => layoutGesprek(readForm(doc), { measure: monospaceMeasure });
const noSpace = (s: string) => s.replace(/\s+/g, '');

/** Asserts each string occurs after the previous one. */
function expectInOrder(text: string, expected: readonly string[]): void {
  let from = 0;
  for (const value of expected) {
    const at = text.indexOf(value, from);
    expect(at, `"${value}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + value.length;
  }
}

const openLineSources = (l: DocumentLayout) =>
  l.pages.flatMap((p) => p.boxes.flatMap((b) => (b.kind === 'openLines' ? [b.source] : [])));

describe('layoutGesprek', () => {
  it('lays out a fully filled form inside the page, without overlaps, every value placed', () => {
    const form = readForm(buildFullyFilledGesprek());
    const result = layoutGesprek(form, { measure: monospaceMeasure });
    expect(findLayoutProblems(result)).toEqual([]);
    for (const field of freeTextFields(form)) {
      expect(field.text).not.toBe('');
      expect(noSpace(placedLines(result, field.source).join(''))).toBe(noSpace(field.text));
    }
  });

  it('follows the invulformulier’s order', () => {
    expectInOrder(readingOrderText(layout(buildFullyFilledGesprek())), [
      'Samen voor een veilige school',
      'Het Øster College',
      '23 november 2026',
      'Hoofdstuk 3 t/m 6',
      'Contactpersonen',
      'Naam school',
      'Werkdagen / bereikbaarheid',
      'Politie',
      'Thi Nguyễn',
      'Veiligheidsthema’s',
      'Pesten',
      'Binnen de school of op het schoolplein',
      'Top 3',
      'Veiligheidsthema 1:',
      'Preventie',
      'Reageren op incidenten',
      'Incident afhandelen',
      'Veiligheidsthema 2:',
      'Veiligheidsthema 3:',
      'Als er een incident is geweest',
      'Gevolgen voor bestaande afspraken',
      'Het lokale of regionale convenant',
      'De samenwerking evalueren',
      'Afronden',
      'Actie',
      'Door wie?',
      'Wanneer?',
      'Gastles plannen in de brugklas',
      '7 december 2026',
      'Volgende afspraak',
      '15 maart 2027',
      'Persoonlijke noot',
    ]);
  });

  it('numbers every page "Pagina X van Y"', () => {
    const result = layout(buildFullyFilledGesprek({ samenwerking: 'lang verhaal '.repeat(3000) }));
    const total = result.pages.length;
    expect(total).toBeGreaterThan(3);
    result.pages.forEach((page, i) => {
      const footers = page.boxes.filter((b) => b.kind === 'text' && b.source === 'footer');
      expect(footers.map((b) => (b.kind === 'text' ? b.lines.map((l) => l.text) : []))).toEqual([[`Pagina ${i + 1} van ${total}`]]);
      expect(page.number).toBe(i + 1);
    });
  });

  it('flows a single 20-page field over 20 pages or more, whole and in order', () => {
    const words = Array.from({ length: 20 * 60 * 12 }, (_, i) => `woord${i}`);
    const text = words.map((w, i) => (i % 97 === 96 ? `${w}\n` : `${w} `)).join('');
    const result = layout(buildFullyFilledGesprek({ 'afspraak.2.reageren': text }));
    const pagesWithField = result.pages.filter((p) => p.boxes.some((b) => b.kind === 'text' && b.source === 'afspraak.2.reageren'));
    expect(pagesWithField.length).toBeGreaterThanOrEqual(20);
    expect(placedLines(result, 'afspraak.2.reageren').join(' ').split(/\s+/).filter(Boolean)).toEqual(words);
    expect(findLayoutProblems(result)).toEqual([]);
  });

  it('prints empty fields as ruled lines to write on, and everything while no route is chosen', () => {
    const result = layout(new Y.Doc());
    expect(findLayoutProblems(result)).toEqual([]);
    const open = openLineSources(result);
    for (const source of ['contact.school.naam', 'contact.politie.email', 'afspraak.3.afhandelen', 'samenwerking', 'persoonlijkeNoot', 'themes']) {
      expect(open).toContain(source);
    }
    const text = readingOrderText(result);
    for (const heading of ['Veiligheidsthema’s', 'Afspraken', 'De samenwerking evalueren', 'Afronden', 'Nog niet gekozen']) {
      expect(text).toContain(heading);
    }
  });

  it('leaves out empty chapters off the route', () => {
    const doc = new Y.Doc();
    const result = layoutGesprek(
      { ...readForm(doc), flow: { steps: [], outcome: { route: '5-6', chapters: [5, 6], label: 'Hoofdstuk 5 en 6' } } },
      { measure: monospaceMeasure },
    );
    const text = readingOrderText(result);
    expect(text).toContain('Contactpersonen');
    expect(text).toContain('De samenwerking evalueren');
    expect(text).not.toContain('Top 3');
    expect(text).not.toContain('Veiligheidsthema 1:');
  });

  it('keeps the action table’s header on every page it runs onto', () => {
    const doc = buildFullyFilledGesprek();
    const form = readForm(doc);
    const many = Array.from({ length: 80 }, (_, i) => ({ id: `a${i}`, actie: `Actie nummer ${i}`, doorWie: 'Łukasz', wanneer: '2027-01-01', gedaan: false }));
    const result = layoutGesprek({ ...form, acties: many }, { measure: monospaceMeasure });
    expect(findLayoutProblems(result)).toEqual([]);
    const tablePages = result.pages.filter((p) => p.boxes.some((b) => b.kind === 'text' && b.source?.startsWith('action.a')));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const page of tablePages) {
      expect(page.boxes.some((b) => b.kind === 'text' && b.lines.some((l) => l.text === 'Door wie?'))).toBe(true);
    }
  });
});
