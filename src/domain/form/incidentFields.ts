import type * as Y from 'yjs';
import { MAP, type TextKey } from './fieldKeys.ts';
import { write } from './write.ts';

/** 4.4 names the incident it evaluates: what happened (free text) and when (a date). */
export const INCIDENT_NAME_KEY: TextKey = 'evaluatie.incident';
export const INCIDENT_NAME_LABEL = 'Om welk incident gaat het?';
export const INCIDENT_DATE_LABEL = 'Datum van het incident';

const incidentMap = (doc: Y.Doc) => doc.getMap<unknown>(MAP.incident);

/** yyyy-mm-dd, or '' when not set. */
export function incidentDate(doc: Y.Doc): string {
  const value = incidentMap(doc).get('datum');
  return typeof value === 'string' ? value : '';
}

export function setIncidentDate(doc: Y.Doc, isoDate: string): boolean {
  return write(doc, () => {
    if (isoDate) incidentMap(doc).set('datum', isoDate);
    else incidentMap(doc).delete('datum');
  });
}

/** The incident date's field id (for the conflict notice and "Geschiedenis"). */
export const INCIDENT_DATE_FIELD = `${MAP.incident}#datum`;
