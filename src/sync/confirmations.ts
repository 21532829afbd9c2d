/**
 * Which of this tablet's entries the server has not yet confirmed as stored (a `stored` message,
 * docs/sync-protocol.md). "Gesynchroniseerd" waits until this is empty.
 */
export class Confirmations {
  private readonly unconfirmed = new Set<string>();
  /** Every id any `stored` message named: entries of others that now hold our content are checked against it. */
  private readonly stored = new Set<string>();

  get size(): number {
    return this.unconfirmed.size;
  }

  ids(): string[] {
    return [...this.unconfirmed];
  }

  isStored(id: string): boolean {
    return this.stored.has(id);
  }

  expect(id: string): void {
    if (!this.stored.has(id)) this.unconfirmed.add(id);
  }

  has(id: string): boolean {
    return this.unconfirmed.has(id);
  }

  drop(id: string): void {
    this.unconfirmed.delete(id);
  }

  /** Returns true when something of ours was among them. */
  markStored(ids: readonly string[]): boolean {
    let ours = false;
    for (const id of ids) {
      this.stored.add(id);
      ours = this.unconfirmed.delete(id) || ours;
    }
    return ours;
  }
}

/** The `confirm` message carries at most 4096 ids (src/protocol/statelessMessages.ts). */
export function inChunks(ids: readonly string[], size = 4096): string[][] {
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += size) chunks.push(ids.slice(i, i + size));
  return chunks;
}
