import type * as Y from 'yjs';
import { chapterTitle } from '../../domain/guide/chapters.ts';
import { sectionById } from '../../domain/guide/sections.ts';
import { SAMENWERKING_LABEL, SAMENWERKING_PROMPT } from '../../domain/form/agreementFields.ts';
import { InspiredTextArea } from '../fields/InspiredTextArea.tsx';
import { FieldWithQuestions } from './FieldWithQuestions.tsx';
import { PreviousAgreementsReview } from './PreviousAgreementsReview.tsx';
import './cycle.css';

const section = sectionById('samenwerking');

/** Chapter 5: how the two will judge whether the cooperation works. */
export function EvaluationChapter({ doc, readOnly }: { doc: Y.Doc; readOnly: boolean }) {
  return (
    <div class="app-chapter">
      <h1 class="app-chapter__title">Hoofdstuk 5 {chapterTitle(5)}</h1>
      <p class="app-section__intro">{section.intro}</p>
      <PreviousAgreementsReview doc={doc} readOnly={readOnly} />
      <FieldWithQuestions questions={section.questions}>
        <InspiredTextArea
          doc={doc}
          fieldKey="samenwerking"
          label={SAMENWERKING_LABEL}
          description={SAMENWERKING_PROMPT}
          readOnly={readOnly}
          fieldKind="samenwerking"
        />
      </FieldWithQuestions>
    </div>
  );
}
