import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { buildFullyFilledGesprek } from '/work/main/src/domain/form/fixtures/fullyFilledGesprek.ts';
import { readForm } from '/work/main/src/domain/form/formSnapshot.ts';
import { randomForm } from '/work/main/src/domain/pdfLayout/testing/randomForm.ts';
import { readBundledFonts } from '/work/main/src/pdf/pdfTestSupport.ts';
import { renderGesprekPdf as renderNew } from '/work/main/src/pdf/renderGesprekPdf.ts';
import { renderGesprekPdf as renderOld } from '/tmp/pdfwork/old/src/pdf/renderGesprekPdf.ts';
const fonts = readBundledFonts();
const text = (bytes: Uint8Array, name: string) => { const p = `/tmp/pdfwork/${name}.pdf`; writeFileSync(p, bytes); return execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', p, '-'], { encoding: 'utf8' }).replace(/<title>.*<\/title>/, '').replace(/<meta name="(CreationDate|ModDate)"[^>]*>/g, ''); };
const forms = [readForm(buildFullyFilledGesprek()), readForm(buildFullyFilledGesprek({ persoonlijkeNoot: 'مرحبا بكم — שלום — Ελλάδα Москва — Ǻ ễ' })), ...fc.sample(randomForm, { numRuns: 30, seed: 42 })];
let same = 0; const diffs: number[] = [];
for (const [i, form] of forms.entries()) {
  const a = text(await renderOld(form, fonts), 'old'); const b = text(await renderNew(form, fonts), 'new');
  if (a === b) same++; else { diffs.push(i); { writeFileSync(`/tmp/pdfwork/old-${i}.txt`, a); writeFileSync(`/tmp/pdfwork/new-${i}.txt`, b); } }
}
console.log(`identical pdftotext -bbox output (every word, its position and size): ${same} of ${forms.length}; differing: ${diffs.join(',')}`);
