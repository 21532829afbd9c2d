import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import type { PdfFontBytes } from './embedPdfFonts.ts';

/** Fetches the bundled fonts (same origin, so the service worker can precache them for offline use). */
export async function loadPdfFonts(): Promise<PdfFontBytes> {
  const [regular, bold] = await Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]);
  return { regular, bold };
}

/** A font file from our own origin; offline, the service worker answers from its cache or the fetch fails. */
export async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Lettertype niet geladen (${response.status}): ${url}`);
  return new Uint8Array(await response.arrayBuffer());
}
