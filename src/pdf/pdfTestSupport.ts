import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfFontBytes } from './embedPdfFonts.ts';

/** Node-side helpers for tests and the bench: the bundled fonts and poppler/qpdf as real readers. */

export function readBundledFonts(): PdfFontBytes {
  const dir = join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf');
  return { regular: readFileSync(join(dir, 'DejaVuSans.ttf')), bold: readFileSync(join(dir, 'DejaVuSans-Bold.ttf')) };
}

export function writeTempPdf(bytes: Uint8Array, name = 'gesprek.pdf'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gesprek-pdf-')), name);
  writeFileSync(path, bytes);
  return path;
}

export function pdfToText(path: string, layout: boolean): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

/** Throws when qpdf finds a structural problem (exit status other than 0). */
export function qpdfCheck(path: string): string {
  return execFileSync('qpdf', ['--check', path], { encoding: 'utf8' });
}

export const normalizeSpace = (text: string) => text.replace(/\s+/g, ' ').trim();
