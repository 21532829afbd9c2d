import type { ChapterNumber } from '../guide/chapters.ts';
import type { Answer, FlowAnswers, FlowQuestionId } from './questions.ts';

/** Where the flowchart leads: one of the guide's four outcome boxes. */
export type RouteId = '3-6' | '4-6' | '5-6' | '6';

export interface FlowOutcome {
  route: RouteId;
  chapters: readonly ChapterNumber[];
  label: string;
}

export const OUTCOMES: Readonly<Record<RouteId, FlowOutcome>> = {
  '3-6': { route: '3-6', chapters: [3, 4, 5, 6], label: 'Hoofdstuk 3 t/m 6' },
  '4-6': { route: '4-6', chapters: [4, 5, 6], label: 'Hoofdstuk 4 t/m 6' },
  '5-6': { route: '5-6', chapters: [5, 6], label: 'Hoofdstuk 5 en 6' },
  '6': { route: '6', chapters: [6], label: 'Hoofdstuk 6' },
};

/** One step on the path: the question asked and the answer given, if any. */
export interface FlowStep {
  question: FlowQuestionId;
  answer?: Answer;
}

export interface FlowState {
  /** The questions that are asked, in order, up to the first unanswered one. */
  steps: readonly FlowStep[];
  /** Set once a decisive answer has been given. */
  outcome?: FlowOutcome;
}

type Next = FlowQuestionId | RouteId;

/** The flowchart's arrows: for each question, where "ja" and "nee" lead. */
const ARROWS: Readonly<Record<FlowQuestionId, Readonly<Record<Answer, Next>>>> = {
  kennismaking: { ja: '3-6', nee: 'inzicht' },
  inzicht: { ja: 'afspraken', nee: '3-6' },
  afspraken: { ja: 'nakomen', nee: '4-6' },
  nakomen: { ja: '5-6', nee: '6' },
};

function isRoute(next: Next): next is RouteId {
  return next in OUTCOMES;
}

/**
 * Walks the flowchart with the answers given. Answers to questions that are not on the
 * path (because an earlier answer was decisive) are ignored.
 */
export function navigate(answers: FlowAnswers): FlowState {
  const steps: FlowStep[] = [];
  let question: FlowQuestionId = 'kennismaking';
  for (;;) {
    const answer: Answer | undefined = answers[question];
    if (!answer) {
      steps.push({ question });
      return { steps };
    }
    steps.push({ question, answer });
    const next: Next = ARROWS[question][answer];
    if (isRoute(next)) return { steps, outcome: OUTCOMES[next] };
    question = next;
  }
}

/** The answers that still apply after `question` is answered `answer`: later ones off the path are dropped. */
export function answerQuestion(answers: FlowAnswers, question: FlowQuestionId, answer: Answer): FlowAnswers {
  const kept: FlowAnswers = {};
  for (const step of navigate({ ...answers, [question]: answer }).steps) {
    if (step.answer) kept[step.question] = step.answer;
  }
  return kept;
}
