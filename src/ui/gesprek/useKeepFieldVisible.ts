import { useEffect } from 'preact/hooks';

/** When the on-screen keyboard shrinks the viewport, keep the field being typed in visible. */
export function useKeepFieldVisible(): void {
  useEffect(() => {
    const viewport = window.visualViewport;
    if (!viewport) return;
    const onResize = () => {
      const active = document.activeElement;
      if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) {
        active.scrollIntoView({ block: 'center', behavior: 'smooth' });
      }
    };
    viewport.addEventListener('resize', onResize);
    return () => viewport.removeEventListener('resize', onResize);
  }, []);
}
