import { useEffect } from 'preact/hooks';
import type { Peer } from '../../sync/index.ts';
import { ROLE_LABEL } from './roleLabels.ts';

/**
 * Marks the field the other person is typing in with their colour and role, and reports
 * this person's own field. Works on the `data-field` attribute every bound field carries.
 */
export function usePeerFields(peers: readonly Peer[], reportFocus: (field: string | undefined) => void): void {
  useEffect(() => {
    const marked = new Set<HTMLElement>();
    for (const peer of peers) {
      if (!peer.field) continue;
      const el = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(peer.field)}"]`);
      if (!el) continue;
      el.dataset.peer = peer.role;
      el.dataset.peerLabel = ROLE_LABEL[peer.role];
      marked.add(el);
    }
    return () => {
      for (const el of marked) {
        delete el.dataset.peer;
        delete el.dataset.peerLabel;
      }
    };
  });

  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const field = (event.target as HTMLElement | null)?.closest<HTMLElement>('[data-field]')?.dataset.field;
      reportFocus(field);
    };
    const onBlur = () => reportFocus(undefined);
    document.addEventListener('focusin', onFocus);
    document.addEventListener('focusout', onBlur);
    return () => {
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('focusout', onBlur);
    };
  }, [reportFocus]);
}
