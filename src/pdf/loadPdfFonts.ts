import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import type { PdfFontBytes } from './embedPdfFonts.ts';

let loaded: Promise<PdfFontBytes> | undefined;

/**
 * Fetches the bundled fonts (same origin, so the service worker can precache them for offline
 * use), once per page: the next PDF reuses the bytes (1.5 MB) instead of reading them again from
 * the cache. The render only reads them. A failed load is forgotten, so the next try fetches anew.
 */
export function loadPdfFonts(): Promise<PdfFontBytes> {
  loaded ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]).then(([regular, bold]) => ({ regular, bold }));
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}

/** A font file from our own origin; offline, the service worker answers from its cache or the fetch fails. */
export async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Lettertype niet geladen (${response.status}): ${url}`);
  return new Uint8Array(await response.arrayBuffer());
}
