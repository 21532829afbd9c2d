/** Chapter 2's flowchart: four yes/no questions, asked one after the other. */
export type FlowQuestionId = 'kennismaking' | 'inzicht' | 'afspraken' | 'nakomen';
export type Answer = 'ja' | 'nee';
export const ANSWER_CHOICES: ReadonlyArray<{ value: Answer; label: string }> = [
  { value: 'ja', label: 'Ja' },
  { value: 'nee', label: 'Nee' },
];
export type FlowAnswers = Partial<Record<FlowQuestionId, Answer>>;

export interface FlowQuestion {
  id: FlowQuestionId;
  text: string;
}

export const FLOW_QUESTIONS: readonly FlowQuestion[] = [
  { id: 'kennismaking', text: 'Eerste kennismaking?' },
  { id: 'inzicht', text: 'Inzicht in veiligheidsthema’s op de school?' },
  { id: 'afspraken', text: 'Samen afspraken gemaakt en vastgelegd?' },
  { id: 'nakomen', text: 'Heeft het nakomen van afspraken aandacht nodig?' },
];
