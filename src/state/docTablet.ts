import type * as Y from 'yjs';

/** Which device opened a document: the UI says "deze tablet" for its versions. */
const tablets = new WeakMap<Y.Doc, string>();

export function rememberTabletOf(doc: Y.Doc, tablet: string): void {
  tablets.set(doc, tablet);
}

export function tabletOf(doc: Y.Doc): string {
  return tablets.get(doc) ?? '';
}
