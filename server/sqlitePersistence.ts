/** Hocuspocus extension that keeps envelope docs in SQLite. */
import type { Extension, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { roomTag } from './roomTag.ts';
import type { SqliteStore } from './sqliteStore.ts';

/** Loads and stores each room's envelope doc as one Yjs state blob (ciphertext entries only). */
export class SqlitePersistence implements Extension {
  readonly extensionName = 'sqlite-persistence';

  constructor(
    private readonly store: SqliteStore,
    private readonly log: (line: string) => void,
  ) {}

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const state = this.store.loadEnvelope(documentName);
    if (state) Y.applyUpdate(document, state);
  }

  /** Never throws: Hocuspocus runs this from a timer, where a rejection would be unhandled. */
  async onStoreDocument({ document, documentName }: onStoreDocumentPayload): Promise<void> {
    this.save(documentName, document);
  }

  /** Used on shutdown: write every loaded document now, whatever the debounce timers say. */
  flush(documents: ReadonlyMap<string, Y.Doc>): void {
    for (const [name, document] of documents) this.save(name, document);
  }

  private save(name: string, document: Y.Doc): void {
    try {
      this.store.saveEnvelope(name, Y.encodeStateAsUpdate(document));
    } catch (error) {
      this.log(`could not store room ${roomTag(name)}: ${error instanceof Error ? error.message : 'unknown error'}`);
    }
  }
}
