import type { ComponentChildren } from 'preact';
import { useMediaQuery } from '../hooks/useMediaQuery.ts';

interface GuideQuestionsProps {
  questions: readonly string[];
  children?: ComponentChildren;
}

/** The guide's own questions beside a part of the form (landscape, open) or folded under it (portrait). */
export function GuideQuestions({ questions, children }: GuideQuestionsProps) {
  const besideTheForm = useMediaQuery('(min-width: 900px)');
  return (
    <aside class="app-guide">
      <details open={besideTheForm}>
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
