import type * as Y from 'yjs';
import { MAP } from './fieldKeys.ts';

/** 4.5's checklist: which existing agreements to compare the new ones with. */
export function isGevolgChecked(doc: Y.Doc, agreementId: string): boolean {
  return doc.getMap<boolean>(MAP.gevolgen).get(agreementId) === true;
}

export function setGevolgChecked(doc: Y.Doc, agreementId: string, checked: boolean): void {
  doc.getMap<boolean>(MAP.gevolgen).set(agreementId, checked);
}
