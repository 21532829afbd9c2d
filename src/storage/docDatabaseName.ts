/** Each gesprek's Y.Doc has an IndexedDB database of its own (y-indexeddb). */
export const docDatabaseName = (gesprekId: string) => `gesprek-doc-${gesprekId}`;
