import type { FlowState, RouteId } from '../../domain/flowchart/navigate.ts';
import { FLOW_QUESTIONS, type Answer, type FlowQuestionId } from '../../domain/flowchart/questions.ts';

/** Each question's arrow to the right (its decisive answer and outcome) and its arrow down. */
const ROWS: ReadonlyArray<{ question: FlowQuestionId; side: Answer; outcome: RouteId; down: Answer }> = [
  { question: 'kennismaking', side: 'ja', outcome: '3-6', down: 'nee' },
  { question: 'inzicht', side: 'nee', outcome: '3-6', down: 'ja' },
  { question: 'afspraken', side: 'nee', outcome: '4-6', down: 'ja' },
  { question: 'nakomen', side: 'ja', outcome: '5-6', down: 'nee' },
];
const OUTCOME_TEXT: Record<RouteId, string> = { '3-6': 'Hoofdstuk 3 t/m 6', '4-6': 'Hoofdstuk 4 t/m 6', '5-6': 'Hoofdstuk 5 en 6', '6': 'Hoofdstuk 6' };
const word = (a: Answer) => (a === 'ja' ? 'Ja' : 'Nee');

/**
 * The guide's flowchart as a picture: boxes and arrows, the path taken drawn strong, the outcome
 * box filled. Built of HTML boxes so the text wraps inside them and keeps the page's size.
 */
export function FlowchartDiagram({ state }: { state: FlowState }) {
  const taken = (q: FlowQuestionId, a: Answer) => state.steps.some((s) => s.question === q && s.answer === a);
  const asked = new Set(state.steps.map((s) => s.question));
  const description = state.steps
    .filter((s) => s.answer)
    .map((s) => `${FLOW_QUESTIONS.find((q) => q.id === s.question)?.text} ${s.answer === 'ja' ? 'Ja' : 'Nee'}`)
    .concat(state.outcome ? [`uitkomst ${state.outcome.label}`] : ['nog geen uitkomst'])
    .join(', ');
  const lastReached = taken('nakomen', 'nee');

  return (
    <div class="app-flowchart" role="img" aria-label="Stroomschema hoofdstuk 2" aria-describedby="flow-desc">
      <span id="flow-desc" class="app-visually-hidden">{`Gekozen pad: ${description}.`}</span>
      {ROWS.map((row) => {
        const text = FLOW_QUESTIONS.find((q) => q.id === row.question)?.text ?? '';
        const sideLit = taken(row.question, row.side);
        const downLit = taken(row.question, row.down);
        return (
          <div key={row.question} class="app-flowchart__row">
            <div class={`app-flowchart__box${asked.has(row.question) ? ' app-flowchart__box--asked' : ''}`}>{text}</div>
            <div class={`app-flowchart__side${sideLit ? ' app-flowchart__lit' : ''}`}>
              <span class="app-flowchart__answer">{word(row.side)}</span>
              <span class="app-flowchart__arrow app-flowchart__arrow--right" />
            </div>
            <div class={`app-flowchart__outcome${sideLit ? ' app-flowchart__outcome--reached' : ''}`}>{OUTCOME_TEXT[row.outcome]}</div>
            <div class={`app-flowchart__down${downLit ? ' app-flowchart__lit' : ''}`}>
              <span class="app-flowchart__arrow app-flowchart__arrow--down" />
              <span class="app-flowchart__answer">{word(row.down)}</span>
            </div>
          </div>
        );
      })}
      <div class="app-flowchart__row">
        <div class={`app-flowchart__outcome app-flowchart__outcome--last${lastReached ? ' app-flowchart__outcome--reached' : ''}`}>{OUTCOME_TEXT['6']}</div>
      </div>
    </div>
  );
}
