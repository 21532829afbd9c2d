import { useEffect, useState } from 'preact/hooks';
import type * as Y from 'yjs';

/** Re-renders the caller after every change to the document, local or remote. */
export function useDocVersion(doc: Y.Doc): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    doc.on('afterTransaction', bump);
    return () => doc.off('afterTransaction', bump);
  }, [doc]);
  return version;
}
