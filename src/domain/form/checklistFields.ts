import type * as Y from 'yjs';
import { MAP } from './fieldKeys.ts';
import { write } from './write.ts';

/** 4.5's checklist: which existing agreements to compare the new ones with. */
export function isGevolgChecked(doc: Y.Doc, agreementId: string): boolean {
  return doc.getMap<boolean>(MAP.gevolgen).get(agreementId) === true;
}

export function setGevolgChecked(doc: Y.Doc, agreementId: string, checked: boolean): boolean {
  return write(doc, () => doc.getMap<boolean>(MAP.gevolgen).set(agreementId, checked));
}
