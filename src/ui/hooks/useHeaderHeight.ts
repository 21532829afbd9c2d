import { useEffect } from 'preact/hooks';

/**
 * Publishes the sticky header's height as --app-header-height, so the chapter menu can stick
 * just below it. The header wraps onto more lines on narrow screens, hence measured, not fixed.
 */
export function useHeaderHeight(selector: string): void {
  useEffect(() => {
    const header = document.querySelector<HTMLElement>(selector);
    if (!header || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const publish = () => root.style.setProperty('--app-header-height', `${header.offsetHeight}px`);
    const observer = new ResizeObserver(publish);
    observer.observe(header);
    publish();
    return () => {
      observer.disconnect();
      root.style.removeProperty('--app-header-height');
    };
  }, [selector]);
}
