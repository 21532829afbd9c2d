import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { GuideQuestions } from './GuideQuestions.tsx';

interface SectionBlockProps {
  title: string;
  intro?: string;
  questions?: readonly string[];
  /** Extra reference material under the questions (sources, criteria). */
  extra?: ComponentChildren;
  headingLevel?: 2 | 3;
  children: ComponentChildren;
}

/** A part of a chapter: the form on the left, the guide's questions on the right (below in portrait). */
export function SectionBlock({ title, intro, questions, extra, headingLevel = 2, children }: SectionBlockProps) {
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="app-section" aria-labelledby={id}>
      <Heading id={id} class="app-section__title">{title}</Heading>
      <div class="app-section__body">
        <div class="app-section__form">
          {intro && <p class="app-section__intro">{intro}</p>}
          {children}
        </div>
        {questions && questions.length > 0 && <GuideQuestions questions={questions}>{extra}</GuideQuestions>}
      </div>
    </section>
  );
}
