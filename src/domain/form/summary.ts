import type * as Y from 'yjs';
import type { RouteId } from '../flowchart/navigate.ts';
import { flowState } from './flowchartFields.ts';
import { readForm } from './formSnapshot.ts';
import { todayIso } from '../format/dutchDate.ts';
import { predecessor } from './followUpFields.ts';
import { gespreksdatum } from './meta.ts';

/** What the list of gesprekken shows, derived from the document (never edited directly). */
export interface GesprekSummary {
  schoolName: string;
  date: string;
  route?: RouteId;
  routeLabel?: string;
  vaststelling?: 'vastgesteld' | 'gewijzigd';
  vastgesteldOp?: string;
  /** yyyy-mm-dd of the gesprek this one follows on from. */
  previousDate?: string;
}

export function gesprekSummary(doc: Y.Doc): GesprekSummary {
  const outcome = flowState(doc).outcome;
  const previousDate = predecessor(doc)?.datum;
  return {
    schoolName: doc.getText('contact.school.naamSchool').toString().trim(),
    date: gespreksdatum(doc),
    ...(outcome ? { route: outcome.route, routeLabel: outcome.label } : {}),
    ...vaststellingSummary(doc),
    ...(previousDate ? { previousDate } : {}),
  };
}

function vaststellingSummary(doc: Y.Doc): Pick<GesprekSummary, 'vaststelling' | 'vastgesteldOp'> {
  const v = readForm(doc).cycle.vaststelling;
  if (v.status === 'concept' || v.agreedAt === undefined) return {};
  return { vaststelling: v.status, vastgesteldOp: todayIso(new Date(v.agreedAt)) };
}
