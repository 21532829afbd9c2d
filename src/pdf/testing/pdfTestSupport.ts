import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfFontBytes } from '../embedPdfFonts.ts';

/** Node-side helpers for tests and the bench: the bundled fonts and poppler/qpdf as real readers. */

const require = createRequire(import.meta.url);

/** The same font files the app bundles, read from node_modules. */
export function readBundledFonts(): PdfFontBytes {
  const read = (file: string) => new Uint8Array(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)));
  return { regular: read('DejaVuSans.ttf'), bold: read('DejaVuSans-Bold.ttf') };
}

/**
 * A fallback font slice by the URL the app would fetch it from: in vitest, Vite's `?url` of a
 * bundled file is its path from the project root, so this reads the very file the build serves.
 */
export async function readFontFile(url: string): Promise<Uint8Array> {
  return new Uint8Array(readFileSync(join(process.cwd(), url)));
}

export function writeTempPdf(bytes: Uint8Array, name = 'gesprek.pdf'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gesprek-pdf-')), name);
  writeFileSync(path, bytes);
  return path;
}

export function pdfToText(path: string, layout: boolean): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

export interface PdfFontInfo {
  name: string;
  type: string;
  encoding: string;
  embedded: boolean;
  subset: boolean;
  toUnicode: boolean;
}

/** The fonts poppler's pdffonts finds in the file. */
export function pdfFonts(path: string): PdfFontInfo[] {
  const lines = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim() !== '');
  return lines.map((line) => {
    // name, type (may contain spaces), encoding, emb, sub, uni, object number, generation
    const match = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
    if (!match) throw new Error(`unexpected pdffonts line: ${line}`);
    const [, name = '', type = '', encoding = '', emb, sub, uni] = match;
    return { name, type, encoding, embedded: emb === 'yes', subset: sub === 'yes', toUnicode: uni === 'yes' };
  });
}

/** Throws when qpdf finds a structural problem (exit status other than 0). */
export function qpdfCheck(path: string): string {
  return execFileSync('qpdf', ['--check', path], { encoding: 'utf8' });
}

export const normalizeSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface StructureElement {
  type: string;
  /** 0 for the Document element, 1 for its children, and so on. */
  depth: number;
  text: string;
}

/** The tagged structure poppler reads (`pdfinfo -struct-text`), as elements in reading order with their text. */
export function pdfStructure(path: string): StructureElement[] {
  const elements: StructureElement[] = [];
  for (const line of execFileSync('pdfinfo', ['-struct-text', path], { encoding: 'utf8' }).split('\n')) {
    const quoted = /^\s*"(.*)"\s*$/.exec(line);
    const current = elements[elements.length - 1];
    const element = /^(\s*)(\w+)/.exec(line);
    if (quoted && current) current.text += (current.text ? ' ' : '') + (quoted[1] ?? '');
    else if (element) elements.push({ type: element[2] ?? '', depth: (element[1] ?? '').length / 2, text: '' });
  }
  return elements;
}

/** What `pdfinfo` says about the file, key → value (e.g. Tagged → yes). */
export function pdfInfo(path: string): Record<string, string> {
  const lines = execFileSync('pdfinfo', [path], { encoding: 'utf8' }).split('\n');
  return Object.fromEntries(lines.map((line) => /^([^:]+):\s*(.*)$/.exec(line)).filter((m) => m !== null).map((m) => [m[1] ?? '', m[2] ?? '']));
}

/** The document's XMP metadata packet, as poppler reads it (`pdfinfo -meta`). */
export function pdfXmp(path: string): string {
  return execFileSync('pdfinfo', ['-meta', path], { encoding: 'utf8' });
}
