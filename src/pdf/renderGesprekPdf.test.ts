import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildFullyFilledGesprek } from '../domain/form/fixtures/fullyFilledGesprek.ts';
import { readForm, type FormSnapshot } from '../domain/form/formSnapshot.ts';
import { formatDutchDate } from '../domain/format/dutchDate.ts';
import { PDF_SUBTITLE, PDF_TITLE } from '../domain/pdfLayout/headerBlocks.ts';
import { layoutGesprek } from '../domain/pdfLayout/layoutGesprek.ts';
import { normalizeSpace, pdfFonts, pdfInfo, pdfStructure, pdfXmp, type StructureElement, pdfToText, qpdfCheck, readBundledFonts, writeTempPdf } from './testing/pdfTestSupport.ts';
import { embedPdfFonts } from './embedPdfFonts.ts';
import { PdfWriter } from './pdfWriter.ts';
import { renderGesprekPdf } from './renderGesprekPdf.ts';
import { structureTypeOf } from './styleTags.ts';

const fonts = readBundledFonts();
const render = (snapshot: FormSnapshot) => renderGesprekPdf(snapshot, fonts);

/** Every value the two typed or chose, in the order the invulformulier shows them. */
function filledValuesInOrder(form: FormSnapshot): string[] {
  const c = form.contactpersonen;
  return [
    c.school.naamSchool ?? '',
    formatDutchDate(form.datum),
    form.flow.outcome?.label ?? '',
    ...(['naamSchool', 'naam', 'functie', 'telefoon', 'email', 'bereikbaarheid'] as const).map((f) => c.school[f] ?? ''),
    ...(['naam', 'functie', 'telefoon', 'email', 'bereikbaarheid'] as const).map((f) => c.politie[f] ?? ''),
    ...form.themas.flatMap((t) => [t.name, ...t.places, t.note]),
    ...form.top3.map((t) => t?.name ?? ''),
    ...form.afspraken.flatMap((a) => [a.theme?.name ?? '', a.preventie, a.reageren, a.afhandelen]),
    ...form.otherAgreements.flatMap((a) => [a.theme.name, a.preventie, a.reageren, a.afhandelen]),
    form.evaluatieIncidenten.incident,
    formatDutchDate(form.evaluatieIncidenten.datum),
    form.evaluatieIncidenten.tevreden,
    form.evaluatieIncidenten.wijzigen,
    ...form.gevolgen.checked,
    form.gevolgen.tekst,
    form.samenwerking,
    ...form.acties.flatMap((a) => [a.actie, a.doorWie, formatDutchDate(a.wanneer), a.gedaan ? 'Ja' : 'Nee']),
    `${formatDutchDate(form.volgendeAfspraak)}, ${form.cycle.nextMeeting.tijd} uur`,
    form.cycle.nextMeeting.plaats,
    form.cycle.nextMeeting.watDoen,
    form.persoonlijkeNoot,
  ].map(normalizeSpace);
}

function expectInOrder(text: string, expected: readonly string[]): void {
  let from = 0;
  for (const value of expected) {
    expect(value, 'fixture value').not.toBe('');
    const at = text.indexOf(value, from);
    expect(at, `"${value}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + value.length;
  }
}

/** The rows of the (first) table in the structure, each cell as "TH:text" or "TD:text". */
function tableRows(structure: StructureElement[]): string[][] {
  const start = structure.findIndex((e) => e.type === 'Table');
  const rows: string[][] = [];
  for (const element of structure.slice(start + 1)) {
    if (element.depth <= structure[start]!.depth) break;
    if (element.type === 'TR') rows.push([]);
    else rows[rows.length - 1]?.push(`${element.type}:${element.text}`);
  }
  return rows;
}

describe('renderGesprekPdf, read back with poppler and qpdf', () => {
  it('prints every filled value in reading order, the Unicode names included', async () => {
    const form = readForm(buildFullyFilledGesprek());
    const path = writeTempPdf(await render(form));
    qpdfCheck(path);
    for (const layout of [true, false]) {
      const text = normalizeSpace(pdfToText(path, layout));
      expectInOrder(text, filledValuesInOrder(form));
      for (const name of ['Łukasz', 'Nguyễn', 'Øster', 'Çelik', 'Dvořák']) expect(text).toContain(name);
    }
  });

  it('prints "Overige thema’s" after the top 3, and the incident that 4.4 evaluates', async () => {
    const form = readForm(buildFullyFilledGesprek());
    const text = normalizeSpace(pdfToText(writeTempPdf(await render(form)), false));
    expectInOrder(text, [
      'Veiligheidsthema 3:',
      'Overige thema’s',
      'Thema: Wapenbezit en -gebruik',
      'Kluisjescontrole twee keer per jaar',
      'Om welk incident gaat het?',
      'Melding van een mes bij de bushalte',
      'Datum van het incident',
      '2 oktober 2026',
      'Zijn we tevreden',
    ]);
  });

  it('brings a field of 20 pages back whole, on 20 pages or more', async () => {
    const paragraphs = Array.from({ length: 130 }, (_, p) =>
      Array.from({ length: 90 }, (_, w) => `${['afspraak', 'Çelik', 'wijkagent', 'Nguyễn'][w % 4]}${p}.${w}`).join(' '),
    );
    const long = `BEGINVELD ${paragraphs.join('\n')} EINDVELD`;
    const bytes = await render(readForm(buildFullyFilledGesprek({ samenwerking: long })));
    const path = writeTempPdf(bytes);
    qpdfCheck(path);
    const basePages = (await PDFDocument.load(await render(readForm(buildFullyFilledGesprek())))).getPageCount();
    expect((await PDFDocument.load(bytes)).getPageCount() - basePages).toBeGreaterThanOrEqual(20);

    const text = pdfToText(path, false)
      .replace(/\f/g, '\n')
      .replace(/^\s*Pagina \d+ van \d+\s*$/gm, '');
    const extracted = text.slice(text.indexOf('BEGINVELD'), text.indexOf('EINDVELD') + 'EINDVELD'.length);
    expect(normalizeSpace(extracted)).toBe(normalizeSpace(long));
  });

  it('does not crash on characters the font lacks: they print as "?", only in the PDF', async () => {
    // Tifinagh (ⴰ) is in DejaVu; fontkit's shaper crashed on it (so it used to print as "?"),
    // our own shaper prints it.
    const form = readForm(buildFullyFilledGesprek({ persoonlijkeNoot: 'ⴰ Top 🦄 漢字 gesprek, Nguyễn'.normalize('NFD') }));
    const before = JSON.stringify(form);
    const path = writeTempPdf(await render(form));
    qpdfCheck(path);
    expect(normalizeSpace(pdfToText(path, false))).toContain('ⴰ Top ? ?? gesprek, Nguyễn');
    expect(JSON.stringify(form)).toBe(before);
  });

  it('prints an empty gesprek as a blank form', async () => {
    const bytes = await render(readForm(new Y.Doc()));
    const path = writeTempPdf(bytes);
    qpdfCheck(path);
    const text = normalizeSpace(pdfToText(path, true));
    for (const label of ['Naam contactpersoon', 'Veiligheidsthema 3:', 'Actie Door wie? Wanneer? Gedaan', 'Persoonlijke noot', 'Pagina 1 van']) {
      expect(text).toContain(label);
    }
  });

  it('is a tagged PDF: headings, paragraphs and the action table in reading order; page numbers and lines left out', async () => {
    const form = readForm(buildFullyFilledGesprek());
    const path = writeTempPdf(await render(form));
    expect(pdfInfo(path)['Tagged']).toBe('yes');
    const structure = pdfStructure(path);
    expect(structure[0]).toEqual({ type: 'Document', depth: 0, text: '' });
    expect(structure[1]).toEqual({ type: 'H1', depth: 1, text: PDF_TITLE });
    expect(structure[2]).toEqual({ type: 'P', depth: 1, text: PDF_SUBTITLE });
    const headings = structure.filter((e) => e.type === 'H2').map((e) => e.text);
    expect(headings[0]).toBe('Contactpersonen');
    expect(headings).toEqual(expect.arrayContaining(['Afspraken', 'De samenwerking evalueren', 'Afronden']));
    expect(structure.filter((e) => e.type === 'H3').map((e) => e.text)).toEqual(expect.arrayContaining(['School', 'Politie']));

    // Outside the table: one element per text box of the layout, in its order, tagged after its style.
    const pdf = new PdfWriter();
    const embedded = embedPdfFonts(pdf, fonts);
    const boxes = layoutGesprek(form, { measure: embedded.measure, toPrintable: embedded.toPrintable }).pages.flatMap((page) => page.boxes);
    const blocks = boxes.flatMap((box) => (box.kind === 'text' && !box.tableCell && box.style !== 'footer' && box.lines.some((l) => l.text) ? [structureTypeOf(box.style)] : []));
    expect(structure.filter((e) => e.depth === 1 && e.type !== 'Table').map((e) => e.type)).toEqual(blocks);

    expect(tableRows(structure)).toEqual([
      ['TH:Actie', 'TH:Door wie?', 'TH:Wanneer?', 'TH:Gedaan'],
      ...form.acties.map((a) => [`TD:${a.actie}`, `TD:${a.doorWie}`, `TD:${formatDutchDate(a.wanneer)}`, `TD:${a.gedaan ? 'Ja' : 'Nee'}`]),
    ]);

    // Together the elements read as the form does, and only real content is tagged.
    const read = normalizeSpace(structure.map((e) => e.text).join(' '));
    expectInOrder(read, filledValuesInOrder(form));
    expect(read).not.toMatch(/Pagina \d+ van \d+/);
    expect(normalizeSpace(pdfToText(path, false))).toMatch(/Pagina 1 van \d+/);
    expect(structure.filter((e) => ['H1', 'H2', 'H3', 'P', 'TH'].includes(e.type) && e.text.trim() === '')).toEqual([]);
  });

  it('tags a table that runs over pages once: repeated headers are artifacts, empty cells stay as empty TDs', async () => {
    const form = readForm(buildFullyFilledGesprek());
    const actions = Array.from({ length: 70 }, (_, i) => ({ id: `a${i}`, actie: `Actie ${i} voor Çelik`, doorWie: i % 3 === 0 ? '' : `Persoon ${i}`, wanneer: '', gedaan: false }));
    const path = writeTempPdf(await render({ ...form, acties: actions }));
    qpdfCheck(path);
    const structure = pdfStructure(path);
    expect(structure.filter((e) => e.type === 'Table')).toHaveLength(1);
    const rows = tableRows(structure);
    expect(rows).toEqual([
      ['TH:Actie', 'TH:Door wie?', 'TH:Wanneer?', 'TH:Gedaan'],
      ...actions.map((a) => [`TD:${a.actie}`, `TD:${a.doorWie}`, 'TD:', 'TD:Nee']),
    ]);
    // The header is printed again on the next page, for the eye.
    expect(pdfToText(path, false).match(/Door wie\?/g)?.length).toBeGreaterThan(1);
  });

  it('carries title, language and creator as XMP metadata too, with the school name whole', async () => {
    const path = writeTempPdf(await render(readForm(buildFullyFilledGesprek({ 'contact.school.naamSchool': 'De <Brug> & Øster' }))));
    expect(pdfInfo(path)['Metadata Stream']).toBe('yes');
    const xmp = pdfXmp(path);
    expect(xmp).toMatch(/<dc:title><rdf:Alt><rdf:li xml:lang="x-default">[^<]*De &lt;Brug&gt; &amp; Øster[^<]*<\/rdf:li>/);
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>nl-NL</rdf:li></rdf:Bag></dc:language>');
    expect(xmp).toContain('<xmp:CreatorTool>Gesprek school &amp; politie</xmp:CreatorTool>');
    qpdfCheck(path);
  });

  it('embeds both fonts as tagged TrueType subsets with a ToUnicode map, as poppler reads them', async () => {
    const path = writeTempPdf(await render(readForm(buildFullyFilledGesprek())));
    const fonts = pdfFonts(path);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
    for (const font of fonts) {
      expect(font).toMatchObject({ type: 'CID TrueType', encoding: 'Identity-H', embedded: true, subset: true, toUnicode: true });
      expect(font.name).toMatch(/^[A-Z]{6}\+/);
    }
  });

  it('embeds font subsets and sets title, language and creator without a producer URL', async () => {
    const bytes = await render(readForm(buildFullyFilledGesprek()));
    expect(bytes.length).toBeLessThan(150_000);
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getTitle()).toContain('Het Øster College');
    expect(pdf.getCreator()).toBe('Gesprek school & politie');
    expect(pdf.getProducer() ?? '').not.toMatch(/https?:/);
    expect(pdf.catalog.get(PDFName.of('Lang'))?.toString()).toContain('nl-NL');
  });
});
