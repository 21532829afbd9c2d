import type * as Y from 'yjs';
import { ARRAY, actionMetaName, MAP, type TextKey } from './fieldKeys.ts';
import { randomId } from './randomId.ts';

/** Chapter 6: "De eerste acties voor de komende tijd" with who and when. */
export interface ActionRow {
  id: string;
  /** yyyy-mm-dd, or '' when not set. */
  wanneer: string;
  gedaan: boolean;
}

const actionsArray = (doc: Y.Doc) => doc.getArray<string>(ARRAY.actions);
const actionMeta = (doc: Y.Doc, id: string) => doc.getMap<unknown>(actionMetaName(id));

export const actionTextKey = (id: string, field: 'actie' | 'doorWie'): TextKey => `action.${id}.${field}`;

export function actionIds(doc: Y.Doc): string[] {
  return actionsArray(doc).toArray();
}

export function actionRows(doc: Y.Doc): ActionRow[] {
  return actionIds(doc).map((id) => {
    const meta = actionMeta(doc, id);
    const wanneer = meta.get('wanneer');
    return { id, wanneer: typeof wanneer === 'string' ? wanneer : '', gedaan: meta.get('gedaan') === true };
  });
}

export function addAction(doc: Y.Doc): string {
  const id = randomId();
  actionsArray(doc).push([id]);
  return id;
}

export function removeAction(doc: Y.Doc, id: string): void {
  const array = actionsArray(doc);
  const index = array.toArray().indexOf(id);
  if (index >= 0) array.delete(index, 1);
}

export function setActionDate(doc: Y.Doc, id: string, isoDate: string): void {
  actionMeta(doc, id).set('wanneer', isoDate);
}

export function setActionDone(doc: Y.Doc, id: string, done: boolean): void {
  actionMeta(doc, id).set('gedaan', done);
}

export function volgendeAfspraak(doc: Y.Doc): string {
  const value = doc.getMap<unknown>(MAP.afronden).get('volgendeAfspraak');
  return typeof value === 'string' ? value : '';
}

export function setVolgendeAfspraak(doc: Y.Doc, isoDate: string): void {
  doc.getMap<unknown>(MAP.afronden).set('volgendeAfspraak', isoDate);
}

/** The quick choices beside "Door wie?"; free text stays possible. */
export const WHO_CHOICES = ['School', 'Politie', 'Samen'] as const;

/** A quick choice replaces whatever "Door wie?" held, in one transaction (one undo step, one merge). */
export function setActionWho(doc: Y.Doc, id: string, who: string): void {
  const text = doc.getText(actionTextKey(id, 'doorWie'));
  doc.transact(() => {
    text.delete(0, text.length);
    text.insert(0, who);
  });
}

/** "hh:mm" of the next meeting, or '' (kept beside the date key, which stays as it was). */
export function volgendeAfspraakTijd(doc: Y.Doc): string {
  const value = doc.getMap<unknown>(MAP.afronden).get('volgendeAfspraakTijd');
  return typeof value === 'string' ? value : '';
}

export function setVolgendeAfspraakTijd(doc: Y.Doc, time: string): void {
  doc.getMap<unknown>(MAP.afronden).set('volgendeAfspraakTijd', time);
}
