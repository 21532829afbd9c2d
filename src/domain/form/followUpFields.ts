import type * as Y from 'yjs';
import type { FlowQuestionId } from '../flowchart/questions.ts';
import { MAP, type AgreementPart, type TextKey } from './fieldKeys.ts';
import { write } from './write.ts';

/** The gesprek this one follows on from, written once by the tablet that creates the follow-up. */
export interface Predecessor {
  id: string;
  /** yyyy-mm-dd of the previous gesprek, or ''. */
  datum: string;
}

/** An agreement of the previous gesprek, copied as it was: read-only in the new one. */
export interface PreviousAgreement {
  id: string;
  /** "Pesten", or '' when the agreement had no theme. */
  theme: string;
  parts: Record<AgreementPart, string>;
}

export type Nagekomen = 'ja' | 'deels' | 'nee';
export const NAGEKOMEN_CHOICES: ReadonlyArray<{ value: Nagekomen; label: string }> = [
  { value: 'ja', label: 'Ja' },
  { value: 'deels', label: 'Deels' },
  { value: 'nee', label: 'Nee' },
];

const PREDECESSOR = 'vorigGesprek';
const PREVIOUS_AGREEMENTS = 'previousAgreements';
const REVIEW = MAP.review;
const SUGGESTED = 'flowSuggested';

export const previousAgreementNoteKey = (id: string): TextKey => `previousAgreement.${id}.note`;

export function predecessor(doc: Y.Doc): Predecessor | undefined {
  const value = doc.getMap<unknown>(MAP.meta).get(PREDECESSOR) as Partial<Predecessor> | undefined;
  return typeof value?.id === 'string' ? { id: value.id, datum: typeof value.datum === 'string' ? value.datum : '' } : undefined;
}

export function previousAgreements(doc: Y.Doc): PreviousAgreement[] {
  return doc
    .getArray<PreviousAgreement>(PREVIOUS_AGREEMENTS)
    .toArray()
    .filter((a) => typeof a?.id === 'string' && typeof a.parts === 'object');
}

export function nagekomen(doc: Y.Doc, agreementId: string): Nagekomen | undefined {
  const value = doc.getMap<unknown>(REVIEW).get(agreementId);
  return value === 'ja' || value === 'deels' || value === 'nee' ? value : undefined;
}

export function setNagekomen(doc: Y.Doc, agreementId: string, value: Nagekomen): boolean {
  return write(doc, () => doc.getMap<unknown>(REVIEW).set(agreementId, value));
}

/** Flowchart answers taken from the previous gesprek that nobody has confirmed yet. */
export function isFlowSuggested(doc: Y.Doc, question: FlowQuestionId): boolean {
  return doc.getMap<unknown>(SUGGESTED).get(question) === true;
}

export function confirmFlowSuggestion(doc: Y.Doc, question: FlowQuestionId): void {
  const map = doc.getMap<unknown>(SUGGESTED);
  if (map.has(question)) map.delete(question);
}

/** Only for the creating tablet, inside its one seeding transaction. */
export function writeFollowUpOrigin(doc: Y.Doc, from: Predecessor, agreements: readonly PreviousAgreement[], suggested: readonly FlowQuestionId[]): void {
  doc.getMap<unknown>(MAP.meta).set(PREDECESSOR, { id: from.id, datum: from.datum });
  if (agreements.length > 0) doc.getArray<PreviousAgreement>(PREVIOUS_AGREEMENTS).push(agreements.map((a) => ({ ...a, parts: { ...a.parts } })));
  const map = doc.getMap<unknown>(SUGGESTED);
  for (const question of suggested) map.set(question, true);
}
