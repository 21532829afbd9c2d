import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildFullyFilledGesprek, setText } from '../domain/form/fixtures/fullyFilledGesprek.ts';
import { currentFingerprint, readForm } from '../domain/form/formSnapshot.ts';
import { confirmSide } from '../domain/form/vaststelling.ts';
import { setFlowAnswer } from '../domain/form/flowchartFields.ts';
import { seedFollowUp } from '../domain/form/followUp.ts';
import { previousAgreementNoteKey, setNagekomen } from '../domain/form/followUpFields.ts';
import { normalizeSpace, pdfToText, qpdfCheck, readBundledFonts, writeTempPdf } from './testing/pdfTestSupport.ts';
import { renderGesprekPdf } from './renderGesprekPdf.ts';

const fonts = readBundledFonts();
const textOf = async (doc: Y.Doc, versionAt?: number) => {
  const form = readForm(doc);
  const path = writeTempPdf(await renderGesprekPdf(versionAt === undefined ? form : { ...form, cycle: { ...form.cycle, versionAt } }, fonts));
  qpdfCheck(path);
  return normalizeSpace(pdfToText(path, false));
};
const at = (day: number, hour: number, minute: number) => new Date(2026, 11, day, hour, minute).getTime();
const agreeBoth = (doc: Y.Doc) => {
  confirmSide(doc, 'school', { name: 'Łukasz Dvořák', at: at(1, 10, 0), fingerprint: currentFingerprint(doc) });
  confirmSide(doc, 'politie', { name: 'Thi Nguyễn', at: at(2, 9, 30), fingerprint: currentFingerprint(doc) });
};

describe('the PDF says whether it is the final version', () => {
  it('prints "Concept" and the time of the version it shows', async () => {
    const text = await textOf(buildFullyFilledGesprek(), at(1, 20, 15));
    expect(text).toContain('Status Concept');
    expect(text).toContain('Stand van 1 december 2026, 20:15');
    expect(text).not.toContain('Vastgesteld');
  });

  it('prints "Vastgesteld op … door … en …" once both agreed', async () => {
    const doc = buildFullyFilledGesprek();
    agreeBoth(doc);
    const text = await textOf(doc);
    expect(text).toContain('Vastgesteld op 2 december 2026 door Łukasz Dvořák (school) en Thi Nguyễn (politie)');
    expect(text).not.toContain('Concept');
  });

  it('prints a concept again after a change, naming the earlier vaststelling', async () => {
    const doc = buildFullyFilledGesprek();
    agreeBoth(doc);
    setText(doc, 'samenwerking', 'Na de vaststelling bijgewerkt.');
    expect(await textOf(doc)).toContain('Concept: gewijzigd na vaststelling op 2 december 2026');
  });

  it('prints "Gedaan" for every action, the whole next meeting and the time', async () => {
    const text = await textOf(buildFullyFilledGesprek());
    expect(text).toContain('Actie Door wie? Wanneer? Gedaan');
    expect(text).toMatch(/Schoolveiligheidsplan aanpassen Łukasz Dvořák 15 januari 2027 Ja/);
    expect(text).toContain('15 maart 2027, 14:30 uur');
    expect(text).toContain('Plaats Lokaal 1.12, Øster College');
    expect(text).toContain('Wat gaan we dan doen? Afspraken over pesten evalueren; de gastles bespreken.');
  });
});

describe('the PDF of a follow-up', () => {
  it('names its predecessor and prints the previous agreements with "Nagekomen?"', async () => {
    const doc = new Y.Doc();
    seedFollowUp(doc, readForm(buildFullyFilledGesprek()), 'vorig', '2027-03-15');
    const first = readForm(doc).cycle.previousAgreements[0]!;
    setNagekomen(doc, first.id, 'deels');
    setText(doc, previousAgreementNoteKey(first.id), 'De gastles is verschoven.');
    const text = await textOf(doc);
    expect(text).toContain('Vorig gesprek 23 november 2026');
    expect(text).toContain('Afspraken van het vorige gesprek');
    expect(text).toMatch(/1\. Pesten Preventie Mentoren bespreken pesten/);
    expect(text).toContain('Nagekomen? Deels Toelichting De gastles is verschoven.');
  });
});

describe('page breaks on the "Hoofdstuk 6" route', () => {
  it('never prints "Persoonlijke noot" alone on a page', async () => {
    const doc = new Y.Doc();
    for (const [q, a] of [['kennismaking', 'nee'], ['inzicht', 'ja'], ['afspraken', 'ja'], ['nakomen', 'nee']] as const) setFlowAnswer(doc, q, a);
    const path = writeTempPdf(await renderGesprekPdf(readForm(doc), fonts));
    const pages = pdfToText(path, false).split('\f').map(normalizeSpace);
    const page = pages.find((p) => p.includes('Persoonlijke noot'));
    expect(page?.replace(/Pagina \d+ van \d+/, '').replace('Persoonlijke noot', '').trim()).not.toBe('');
    expect(page).toContain('Wat gaan we dan doen?');
  });
});
