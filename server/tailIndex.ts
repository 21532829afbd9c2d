/** Which rows of SQLite's `room_tail` (sqliteStore.ts) belong to which room: the tail has no index of its own. */
export class TailIndex {
  private readonly byRoom = new Map<string, number[]>();
  private count = 0;

  /** Rows in the tail, live or dropped (dropped rows stay until the fold). */
  get rows(): number {
    return this.count;
  }

  add(room: string, seq: number): void {
    const seqs = this.byRoom.get(room);
    if (seqs) seqs.push(seq);
    else this.byRoom.set(room, [seq]);
    this.count++;
  }

  /** The room's tail rows, oldest first. */
  seqs(room: string): readonly number[] {
    return this.byRoom.get(room) ?? [];
  }

  /** The rooms that have live tail rows. */
  rooms(): string[] {
    return [...this.byRoom.keys()];
  }

  has(room: string): boolean {
    return this.byRoom.has(room);
  }

  /** The room's tail rows are dead (compacted): no longer the room's, though still in the table. */
  drop(room: string): void {
    this.byRoom.delete(room);
  }

  /** The whole tail is gone (folded into the log). */
  clear(): void {
    this.byRoom.clear();
    this.count = 0;
  }
}
