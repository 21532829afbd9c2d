/**
 * Time and size of the PDF of a fully filled gesprek (and of one with a 20-page field).
 * Median of warm runs; run with `npx tsx bench/pdf.ts`.
 */
import { PDFDocument } from 'pdf-lib';
import { buildFullyFilledGesprek } from '../src/domain/form/fixtures/fullyFilledGesprek.ts';
import { readForm, type FormSnapshot } from '../src/domain/form/formSnapshot.ts';
import { readBundledFonts } from '../src/pdf/pdfTestSupport.ts';
import { renderGesprekPdf } from '../src/pdf/renderGesprekPdf.ts';

const WARMUP = 5;
const RUNS = 9;
const fonts = readBundledFonts();

async function bench(name: string, form: FormSnapshot): Promise<void> {
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
}

const longText = Array.from({ length: 130 }, (_, p) => Array.from({ length: 90 }, (_, w) => `woord${p}.${w}`).join(' ')).join('\n');

await bench('fully filled form', readForm(buildFullyFilledGesprek()));
await bench('fully filled form with a 20-page field', readForm(buildFullyFilledGesprek({ samenwerking: longText })));
