/**
 * Group commit: everything that arrives while a write is pending (or within `delayMs`) goes to the
 * store in one transaction. Writes never overlap, so under load batches grow instead of queueing
 * transactions; `done` hears of every row exactly once, with the error if its batch failed.
 */
export class GroupCommit<T> {
  private queue: T[] = [];
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly write: (rows: T[]) => unknown,
    private readonly done: (rows: T[], error?: unknown) => void,
    private readonly delayMs: number,
  ) {}

  add(row: T): void {
    this.queue.push(row);
    this.schedule();
  }

  /** Resolves once everything added so far has been written (or has failed). */
  async drain(): Promise<void> {
    while (this.timer || this.running || this.queue.length > 0) {
      if (this.timer) {
        clearTimeout(this.timer);
        this.timer = undefined;
        void this.run();
      }
      if (this.running) await this.running;
      else if (this.queue.length > 0) void this.run();
    }
  }

  private schedule(): void {
    if (this.timer || this.running) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, this.delayMs);
  }

  private async run(): Promise<void> {
    if (this.running) return;
    const batch = this.queue.splice(0);
    if (batch.length === 0) return;
    this.running = (async () => {
      try {
        await this.write(batch);
      } catch (error) {
        this.done(batch, error ?? new Error('write failed'));
        return;
      }
      this.done(batch);
    })();
    await this.running;
    this.running = undefined;
    if (this.queue.length > 0) this.schedule();
  }
}
