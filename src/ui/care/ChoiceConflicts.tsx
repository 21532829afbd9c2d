import type * as Y from 'yjs';
import type { SectionSlug } from '../routing/parseRoute.ts';
import { choiceLabel, isChoiceField } from './choiceLabel.ts';
import { ConflictNotice } from './ConflictNotice.tsx';
import { sectionOfField } from './fieldSection.ts';
import { conflictsOf } from './useConflicts.ts';

/** Conflicts on ticks and choices of this chapter, each under the name of the choice. */
export function ChoiceConflicts({ doc, section, readOnly }: { doc: Y.Doc; section: SectionSlug; readOnly: boolean }) {
  const fields = conflictsOf(doc)
    .map((c) => c.field)
    .filter((field) => isChoiceField(field) && sectionOfField(field) === section);
  if (fields.length === 0) return null;
  return (
    <section class="app-choice-conflicts" aria-label="Keuzes om na te kijken">
      {fields.map((field) => (
        <div key={field}>
          <p class="app-conflict__meta">{choiceLabel(doc, field)}</p>
          <ConflictNotice doc={doc} field={field} readOnly={readOnly} />
        </div>
      ))}
    </section>
  );
}
