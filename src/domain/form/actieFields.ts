import type * as Y from 'yjs';
import { ARRAY, actionMetaName, MAP, type TextKey } from './fieldKeys.ts';
import { randomId } from './randomId.ts';
import { removeFromList, restoreToList } from './listEdits.ts';
import { write } from './write.ts';

/** Chapter 6: "De eerste acties voor de komende tijd" with who and when. */
export interface ActieRow {
  id: string;
  /** yyyy-mm-dd, or '' when not set. */
  wanneer: string;
  gedaan: boolean;
}

const actiesArray = (doc: Y.Doc) => doc.getArray<string>(ARRAY.actions);
const actieMeta = (doc: Y.Doc, id: string) => doc.getMap<unknown>(actionMetaName(id));

export const actieTextKey = (id: string, field: 'actie' | 'doorWie'): TextKey => `action.${id}.${field}`;

/** The actions in order; an id listed twice (a removal undone twice over) counts once. */
export function actieIds(doc: Y.Doc): string[] {
  return [...new Set(actiesArray(doc).toArray())];
}

export function actieRows(doc: Y.Doc): ActieRow[] {
  return actieIds(doc).map((id) => {
    const meta = actieMeta(doc, id);
    const wanneer = meta.get('wanneer');
    return { id, wanneer: typeof wanneer === 'string' ? wanneer : '', gedaan: meta.get('gedaan') === true };
  });
}

/** Adds an action and returns its id (refused when read-only: the id then names nothing). */
export function addActie(doc: Y.Doc): string {
  const id = randomId();
  write(doc, () => actiesArray(doc).push([id]));
  return id;
}

/**
 * Takes the action off the list. Its texts and its date/done map are top-level types of their
 * own and stay in the document, so undo (which re-inserts the id) brings the action back whole.
 */
export function removeActie(doc: Y.Doc, id: string): boolean {
  return removeFromList(doc, actiesArray(doc), id);
}

/** Puts a removed action back at its place (its fields were never deleted). */
export function restoreActie(doc: Y.Doc, id: string, index: number): boolean {
  return restoreToList(doc, actiesArray(doc), id, index);
}

export function setActieWanneer(doc: Y.Doc, id: string, isoDate: string): boolean {
  return write(doc, () => actieMeta(doc, id).set('wanneer', isoDate));
}

export function setActieGedaan(doc: Y.Doc, id: string, done: boolean): boolean {
  return write(doc, () => actieMeta(doc, id).set('gedaan', done));
}

export function volgendeAfspraak(doc: Y.Doc): string {
  const value = doc.getMap<unknown>(MAP.afronden).get('volgendeAfspraak');
  return typeof value === 'string' ? value : '';
}

export function setVolgendeAfspraak(doc: Y.Doc, isoDate: string): boolean {
  return write(doc, () => doc.getMap<unknown>(MAP.afronden).set('volgendeAfspraak', isoDate));
}

/** The quick choices beside "Door wie?"; free text stays possible. */
export const WHO_CHOICES = ['School', 'Politie', 'Samen'] as const;

/** A quick choice replaces whatever "Door wie?" held, in one transaction (one undo step, one merge). */
export function setActieDoorWie(doc: Y.Doc, id: string, who: string): boolean {
  const text = doc.getText(actieTextKey(id, 'doorWie'));
  return write(doc, () => {
    text.delete(0, text.length);
    text.insert(0, who);
  });
}

/** "hh:mm" of the next meeting, or '' (kept beside the date key, which stays as it was). */
export function volgendeAfspraakTijd(doc: Y.Doc): string {
  const value = doc.getMap<unknown>(MAP.afronden).get('volgendeAfspraakTijd');
  return typeof value === 'string' ? value : '';
}

export function setVolgendeAfspraakTijd(doc: Y.Doc, time: string): boolean {
  return write(doc, () => doc.getMap<unknown>(MAP.afronden).set('volgendeAfspraakTijd', time));
}

/** Field ids of the next meeting's date and time (for the conflict notice and "Geschiedenis"). */
export const NEXT_MEETING_DATE_FIELD = `${MAP.afronden}#volgendeAfspraak`;
export const NEXT_MEETING_TIME_FIELD = `${MAP.afronden}#volgendeAfspraakTijd`;
