import { useEffect } from 'preact/hooks';

const APP_NAME = 'Gesprek school & politie';

/** The document title names what is on screen (WCAG 2.4.2), ending with the app's name. */
export function usePageTitle(...parts: readonly string[]): void {
  const title = [...parts.filter(Boolean), APP_NAME].join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
