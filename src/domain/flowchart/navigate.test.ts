import { describe, expect, it } from 'vitest';
import { answerQuestion, navigate } from './navigate.ts';
import type { FlowAnswers } from './questions.ts';

describe('the chapter 2 flowchart', () => {
  const routes: Array<[string, FlowAnswers, string, number[]]> = [
    ['first meeting', { kennismaking: 'ja' }, '3-6', [3, 4, 5, 6]],
    ['no insight into themes', { kennismaking: 'nee', inzicht: 'nee' }, '3-6', [3, 4, 5, 6]],
    ['no agreements yet', { kennismaking: 'nee', inzicht: 'ja', afspraken: 'nee' }, '4-6', [4, 5, 6]],
    ['keeping agreements needs attention', { kennismaking: 'nee', inzicht: 'ja', afspraken: 'ja', nakomen: 'ja' }, '5-6', [5, 6]],
    ['all is well', { kennismaking: 'nee', inzicht: 'ja', afspraken: 'ja', nakomen: 'nee' }, '6', [6]],
  ];

  it.each(routes)('%s leads to route %s', (_name, answers, route, chapters) => {
    const state = navigate(answers);
    expect(state.outcome?.route).toBe(route);
    expect(state.outcome?.chapters).toEqual(chapters);
    expect(state.steps.every((s) => s.answer)).toBe(true);
  });

  it('asks only the first question when nothing is answered', () => {
    expect(navigate({})).toEqual({ steps: [{ question: 'kennismaking' }] });
  });

  it('asks the next question after a non-decisive answer', () => {
    const state = navigate({ kennismaking: 'nee' });
    expect(state.outcome).toBeUndefined();
    expect(state.steps.map((s) => s.question)).toEqual(['kennismaking', 'inzicht']);
  });

  it('does not ask a question after a decisive answer, even if it holds a stale answer', () => {
    const state = navigate({ kennismaking: 'ja', inzicht: 'ja', afspraken: 'nee' });
    expect(state.steps.map((s) => s.question)).toEqual(['kennismaking']);
    expect(state.outcome?.route).toBe('3-6');
  });

  it('clears later answers that no longer apply when an earlier answer changes', () => {
    const full: FlowAnswers = { kennismaking: 'nee', inzicht: 'ja', afspraken: 'ja', nakomen: 'ja' };
    expect(answerQuestion(full, 'kennismaking', 'ja')).toEqual({ kennismaking: 'ja' });
    expect(answerQuestion(full, 'afspraken', 'nee')).toEqual({ kennismaking: 'nee', inzicht: 'ja', afspraken: 'nee' });
  });

  it('keeps later answers that still apply', () => {
    const full: FlowAnswers = { kennismaking: 'nee', inzicht: 'ja', afspraken: 'ja', nakomen: 'ja' };
    expect(answerQuestion(full, 'nakomen', 'nee')).toEqual({ ...full, nakomen: 'nee' });
  });
});
