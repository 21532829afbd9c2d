import type { ComponentChildren } from 'preact';

interface GuideQuestionsProps {
  questions: readonly string[];
  children?: ComponentChildren;
}

/** The guide's own questions beside a part of the form; folds away, open by default. */
export function GuideQuestions({ questions, children }: GuideQuestionsProps) {
  return (
    <aside class="app-guide">
      <details open>
        <summary class="app-guide__summary">Vragen uit de leidraad</summary>
        <ul class="app-guide__list">
          {questions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
        {children}
      </details>
    </aside>
  );
}
