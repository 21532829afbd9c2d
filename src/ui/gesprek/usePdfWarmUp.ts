import { useEffect } from 'preact/hooks';
import { preparePdfExport } from '../../state/pdfExport.ts';

/** Safari has no requestIdleCallback: there the warm-up waits this long after the screen opened. */
const FALLBACK_DELAY_MS = 1000;

/**
 * Once the open gesprek is on screen and the page is idle, loads the PDF renderer and fonts, so
 * "PDF maken" does not wait for them (docs/performance.md, P7).
 */
export function usePdfWarmUp(): void {
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => preparePdfExport());
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(() => preparePdfExport(), FALLBACK_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
}
