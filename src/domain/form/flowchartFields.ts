import type * as Y from 'yjs';
import { answerQuestion, navigate, type FlowState } from '../flowchart/navigate.ts';
import { FLOW_QUESTIONS, type Answer, type FlowAnswers, type FlowQuestionId } from '../flowchart/questions.ts';
import { MAP } from './fieldKeys.ts';
import { write } from './write.ts';
import { confirmFlowSuggestion } from './followUpFields.ts';

function flowMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(MAP.flowchart);
}

export function flowAnswers(doc: Y.Doc): FlowAnswers {
  const map = flowMap(doc);
  const answers: FlowAnswers = {};
  for (const { id } of FLOW_QUESTIONS) {
    const value = map.get(id);
    if (value === 'ja' || value === 'nee') answers[id] = value;
  }
  return answers;
}

export function flowState(doc: Y.Doc): FlowState {
  return navigate(flowAnswers(doc));
}

/** Answers one question and clears, in the same transaction, the answers that no longer apply. */
export function setFlowAnswer(doc: Y.Doc, question: FlowQuestionId, answer: Answer): boolean {
  const next = answerQuestion(flowAnswers(doc), question, answer);
  return write(doc, () => {
    // Answering is confirming: an answer suggested by the previous gesprek is now the pair's own.
    confirmFlowSuggestion(doc, question);
    const map = flowMap(doc);
    for (const { id } of FLOW_QUESTIONS) {
      const value = next[id];
      if (value === undefined) {
        if (map.has(id)) map.delete(id);
      } else if (map.get(id) !== value) {
        map.set(id, value);
      }
    }
  });
}
