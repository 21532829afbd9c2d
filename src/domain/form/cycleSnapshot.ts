import type * as Y from 'yjs';
import { volgendeAfspraak, volgendeAfspraakTijd } from './actieFields.ts';
import { nagekomen, predecessor, previousAgreementNoteKey, previousAgreements, type Nagekomen, type Predecessor, type PreviousAgreement } from './followUpFields.ts';
import { readText } from './textFields.ts';
import type { VaststellingView } from './vaststelling.ts';

/** The next meeting as chapter 6 records it: the date key predates the others and is kept. */
export interface NextMeeting {
  /** yyyy-mm-dd or ''. */
  datum: string;
  /** hh:mm or ''. */
  tijd: string;
  plaats: string;
  watDoen: string;
}

export interface ReviewedAgreement extends PreviousAgreement {
  nagekomen?: Nagekomen;
  note: string;
}

/** The cycle's part of the form (everything the fingerprint covers). */
export interface CycleContent {
  nextMeeting: NextMeeting;
  predecessor?: Predecessor;
  /** Chapter 5's "Afspraken van het vorige gesprek", with "Nagekomen?" and a note. */
  previousAgreements: ReviewedAgreement[];
}

/** What the gesprek says about its place in the cycle; read by the PDF and the calendar export. */
export interface CycleSnapshot extends CycleContent {
  vaststelling: VaststellingView;
  /** When the version shown was last changed (ms), if the caller knows; the PDF prints it. */
  versionAt?: number;
}

export function readNextMeeting(doc: Y.Doc): NextMeeting {
  return {
    datum: volgendeAfspraak(doc),
    tijd: volgendeAfspraakTijd(doc),
    plaats: readText(doc, 'volgendeAfspraak.plaats'),
    watDoen: readText(doc, 'volgendeAfspraak.watDoen'),
  };
}

export function readCycleContent(doc: Y.Doc): CycleContent {
  const from = predecessor(doc);
  return {
    nextMeeting: readNextMeeting(doc),
    ...(from ? { predecessor: from } : {}),
    previousAgreements: previousAgreements(doc).map((a) => {
      const answer = nagekomen(doc, a.id);
      return { ...a, ...(answer ? { nagekomen: answer } : {}), note: readText(doc, previousAgreementNoteKey(a.id)) };
    }),
  };
}
