import type * as Y from 'yjs';
import type { FlowQuestionId } from '../../domain/flowchart/questions.ts';
import { confirmFlowSuggestion, isFlowSuggested } from '../../domain/form/followUpFields.ts';
import './cycle.css';

/** "Uit het vorige gesprek": an answer the follow-up filled in, until one of the two confirms it. */
export function FlowSuggestion({ doc, question, legend, readOnly }: { doc: Y.Doc; question: FlowQuestionId; legend: string; readOnly: boolean }) {
  if (!isFlowSuggested(doc, question)) return null;
  return (
    <p class="app-suggested app-row">
      <span>Dit antwoord komt uit het vorige gesprek.</span>
      <button
        type="button"
        class="utrecht-button utrecht-button--secondary-action"
        aria-label={`Klopt: antwoord op “${legend}” bevestigen`}
        disabled={readOnly}
        onClick={() => confirmFlowSuggestion(doc, question)}
      >
        Klopt
      </button>
    </p>
  );
}
