/**
 * Time and size of the PDF of a fully filled gesprek, of one grown to five pages (row P7 of
 * `npm run bench`), and of one with a 20-page field. Median of warm runs; run with `npx tsx bench/pdf.ts`.
 */
import { PDFDocument } from 'pdf-lib';
import { buildFullyFilledGesprek } from '../src/domain/form/fixtures/fullyFilledGesprek.ts';
import { readForm, type FormSnapshot } from '../src/domain/form/formSnapshot.ts';
import { readBundledFonts } from '../src/pdf/pdfTestSupport.ts';
import { renderGesprekPdf } from '../src/pdf/renderGesprekPdf.ts';
import { emitRow } from './support/report.ts';

const WARMUP = 5;
const RUNS = 9;
const fonts = readBundledFonts();

export interface PdfFigures {
  medianMs: number;
  bytes: number;
  pages: number;
}

export async function bench(name: string, form: FormSnapshot): Promise<PdfFigures> {
  let bytes: Uint8Array = new Uint8Array();
  for (let i = 0; i < WARMUP; i++) bytes = await renderGesprekPdf(form, fonts);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    bytes = await renderGesprekPdf(form, fonts);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? NaN;
  const pages = (await PDFDocument.load(bytes)).getPageCount();
  console.log(`pdf ${name}: ${median.toFixed(1)} ms (median of ${RUNS} warm runs), ${bytes.length} bytes, ${pages} pages`);
  return { medianMs: median, bytes: bytes.length, pages };
}

const paragraphs = (count: number) => Array.from({ length: count }, (_, p) => Array.from({ length: 90 }, (_, w) => `woord${p}.${w}`).join(' ')).join('\n');
const longText = paragraphs(130);

/** The fully filled form, with just enough extra text in "samenwerking" to reach `pages` pages. */
async function formOfAtLeast(pages: number): Promise<{ form: FormSnapshot; extra: number }> {
  for (let extra = 0; extra <= 60; extra += 2) {
    const form = readForm(buildFullyFilledGesprek(extra === 0 ? {} : { samenwerking: paragraphs(extra) }));
    if ((await PDFDocument.load(await renderGesprekPdf(form, fonts))).getPageCount() >= pages) return { form, extra };
  }
  throw new Error(`no form of ${pages} pages`);
}

await bench('fully filled form', readForm(buildFullyFilledGesprek()));
const fivePages = await formOfAtLeast(5);
const full = await bench(`fully filled form, 5+ pages (${fivePages.extra} extra paragraphs)`, fivePages.form);
const long = await bench('fully filled form with a 20-page field', readForm(buildFullyFilledGesprek({ samenwerking: longText })));

// P7 of `npm run bench` (scripts/bench-all.mjs reads this line).
emitRow({
  id: 'P7',
  what: `PDF of a fully filled form (${full.pages} pages, DejaVu subsets)`,
  result: `median ${full.medianMs.toFixed(1)} ms warm · ${(full.bytes / 1024).toFixed(1)} kB (20-page field: ${long.medianMs.toFixed(0)} ms, ${(long.bytes / 1024).toFixed(0)} kB, ${long.pages} p.)`,
  goal: '≤ 250 ms warm, ≤ 60 kB',
  met: full.medianMs <= 250 && full.bytes <= 60 * 1024 && full.pages >= 5,
  method: `node, renderGesprekPdf (pdf-lib + fontkit subsets) on buildFullyFilledGesprek() (3 pages alone) plus ${fivePages.extra} paragraphs of 90 words in "samenwerking" to reach 5 pages, fonts read once; median of ${RUNS} runs after ${WARMUP} warm-up (bench/pdf.ts).`,
});
