import type * as Y from 'yjs';
import { predecessor } from '../../domain/form/followUpFields.ts';
import { predecessorText } from '../../domain/pdfLayout/statusLines.ts';
import { gesprekHref } from '../routing/parseRoute.ts';

/** "Vorig gesprek: 3 maart 2026", a link to the gesprek this one follows on from. */
export function PredecessorLink({ doc }: { doc: Y.Doc }) {
  const from = predecessor(doc);
  const text = predecessorText({ ...(from ? { predecessor: from } : {}) });
  if (!from || !text) return null;
  return (
    <p class="app-predecessor">
      <a href={gesprekHref(from.id)}>{text}</a>
    </p>
  );
}
