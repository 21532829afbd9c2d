import type * as Y from 'yjs';
import { chapterTitle } from '../../domain/guide/chapters.ts';
import { ANSWER_CHOICES, FLOW_QUESTIONS } from '../../domain/flowchart/questions.ts';
import { CENTRAL_QUESTION, FIRST_MEETING_ADVICE } from '../../domain/guide/conversationBasics.ts';
import { flowState, setFlowAnswer } from '../../domain/form/flowchartFields.ts';
import { gesprekHref } from '../routing/parseRoute.ts';
import { chapterSlug } from '../gesprek/sectionChapters.ts';
import { FlowchartDiagram } from './FlowchartDiagram.tsx';
import { FlowSuggestion } from './FlowSuggestion.tsx';
import { RadioGroup } from './RadioGroup.tsx';
import { ReferenceRow } from './ReferenceButton.tsx';

/** Chapter 2: the four questions, each shown once it is needed, and the route they lead to. */
export function FlowchartChapter({ doc, gesprekId, readOnly }: { doc: Y.Doc; gesprekId: string; readOnly: boolean }) {
  const state = flowState(doc);
  const first = state.outcome?.chapters[0];
  const firstMeeting = state.steps.some((step) => step.question === 'kennismaking' && step.answer === 'ja');
  return (
    <div class="app-chapter">
      <h1 class="app-chapter__title">Hoofdstuk 2 {chapterTitle(2)}</h1>
      <p class="app-section__intro">
        De vraag in elk gesprek: <strong>{CENTRAL_QUESTION}</strong> Beantwoord samen de vragen hieronder. Zo ziet u
        welke hoofdstukken voor u het meest van belang zijn.
      </p>
      <div class="app-flow">
        <div class="app-flow__questions">
          {state.steps.map((step) => (
            <div key={step.question}>
              <RadioGroup
                legend={FLOW_QUESTIONS.find((q) => q.id === step.question)?.text ?? ''}
                options={ANSWER_CHOICES}
                value={step.answer}
                disabled={readOnly}
                onChange={(answer) => setFlowAnswer(doc, step.question, answer)}
              />
              {step.answer && (
                <FlowSuggestion doc={doc} question={step.question} legend={FLOW_QUESTIONS.find((q) => q.id === step.question)?.text ?? ''} readOnly={readOnly} />
              )}
            </div>
          ))}
          {firstMeeting && <p class="utrecht-alert utrecht-alert--info app-flow__advice">{FIRST_MEETING_ADVICE}</p>}
          <div class="app-flow__outcome" role="status">
            {state.outcome ? (
              <>
                <p>
                  <strong>Uitkomst: {state.outcome.label}.</strong>{' '}
                  {state.outcome.chapters.length > 1
                    ? `U bespreekt de hoofdstukken ${state.outcome.chapters.join(', ').replace(/, (\d)$/, ' en $1')}.`
                    : 'U rondt het gesprek af met hoofdstuk 6.'}
                </p>
                {first && (
                  <a class="utrecht-button utrecht-button--primary-action app-link-button" href={gesprekHref(gesprekId, chapterSlug(first))}>
                    Naar hoofdstuk {first}
                  </a>
                )}
              </>
            ) : (
              <p>Nog geen uitkomst: beantwoord de vraag hierboven.</p>
            )}
          </div>
        </div>
        <FlowchartDiagram state={state} />
      </div>
      <ReferenceRow topics={['wetgeving', 'calamiteiten', 'bronnen']} />
    </div>
  );
}
