/** Hocuspocus extension that keeps envelope docs in the store (SQLite or PostgreSQL). */
import type { Extension, onLoadDocumentPayload, onStatelessPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { roomTag } from './roomTag.ts';
import { answerConfirm, currentIds, markStored } from './storedIds.ts';
import type { SyncStore } from './syncStore.ts';

/** Loads and stores each room's envelope doc as one Yjs state blob (ciphertext entries only). */
export class EnvelopePersistence implements Extension {
  readonly extensionName = 'envelope-persistence';

  constructor(
    private readonly store: SyncStore,
    private readonly log: (line: string) => void,
  ) {}

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const state = await this.store.loadEnvelope(documentName);
    if (state) Y.applyUpdate(document, state);
    markStored(document, currentIds(document));
  }

  async onStateless({ document, payload, connection }: onStatelessPayload): Promise<void> {
    answerConfirm(document, payload, (message) => connection.sendStateless(message));
  }

  /** Never throws: Hocuspocus runs this from a timer, where a rejection would be unhandled. */
  async onStoreDocument({ document, documentName }: onStoreDocumentPayload): Promise<void> {
    await this.save(documentName, document);
  }

  /** Used on shutdown: write every loaded document now, whatever the debounce timers say. */
  async flush(documents: ReadonlyMap<string, Y.Doc>): Promise<void> {
    await Promise.all([...documents].map(([name, document]) => this.save(name, document)));
  }

  private async save(name: string, document: Y.Doc): Promise<void> {
    try {
      const ids = currentIds(document);
      await this.store.saveEnvelope(name, Y.encodeStateAsUpdate(document));
      markStored(document, ids);
    } catch (error) {
      this.log(`could not store room ${roomTag(name)}: ${error instanceof Error ? error.message : 'unknown error'}`);
    }
  }
}
