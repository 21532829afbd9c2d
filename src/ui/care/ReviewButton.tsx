import type * as Y from 'yjs';
import { gesprekHref, navigateTo } from '../routing/parseRoute.ts';
import { sectionOfField } from './fieldSection.ts';
import { conflictsOf } from './useConflicts.ts';

const FIND_FOR_MS = 3000;
const ORDER = ['contactpersonen', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** Focuses the first marked field once its chapter has rendered (after the chapter's own heading focus). */
function focusWhenShown(field: string, started = Date.now()): void {
  const notice = document.querySelector<HTMLElement>(`[data-conflict="${CSS.escape(field)}"]`);
  if (notice) {
    notice.scrollIntoView({ block: 'center' });
    notice.focus();
    // A new chapter focuses its heading after rendering: take focus back once if that happened.
    requestAnimationFrame(() => {
      if (!notice.contains(document.activeElement)) notice.focus();
    });
    return;
  }
  if (Date.now() - started < FIND_FOR_MS) requestAnimationFrame(() => focusWhenShown(field, started));
}

/** "N velden om na te kijken" in the gesprek header; tapping it goes to the first one. */
export function ReviewButton({ doc, gesprekId }: { doc: Y.Doc; gesprekId: string }) {
  const conflicts = conflictsOf(doc);
  const first = [...conflicts].sort((a, b) => ORDER.indexOf(sectionOfField(a.field)) - ORDER.indexOf(sectionOfField(b.field)))[0];
  if (!first) return null;
  const n = conflicts.length;
  const go = () => {
    navigateTo(gesprekHref(gesprekId, sectionOfField(first.field)));
    requestAnimationFrame(() => focusWhenShown(first.field));
  };
  return (
    <button type="button" class="utrecht-button utrecht-button--primary-action app-review-button" onClick={go}>
      {n === 1 ? '1 veld om na te kijken' : `${n} velden om na te kijken`}
    </button>
  );
}
