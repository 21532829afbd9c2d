import type { ComponentChildren } from 'preact';
import { GuideQuestions } from '../gesprek/GuideQuestions.tsx';

/** One field with the guide's questions for it beside (landscape) or under it (portrait). */
export function FieldWithQuestions({ questions, children }: { questions: readonly string[]; children: ComponentChildren }) {
  return (
    <div class="app-section__body">
      <div class="app-section__form">{children}</div>
      <GuideQuestions questions={questions} />
    </div>
  );
}
