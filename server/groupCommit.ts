/**
 * Group commit: everything that arrives while a write is pending (or within `delayMs`) goes to the
 * store in one transaction. Writes never overlap, so under load batches grow instead of queueing
 * transactions; `done` hears of every row exactly once, with the error if its batch failed.
 */
export class GroupCommit<T> {
  private queue: T[] = [];
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  /** Rows added, and rows whose batch has been written or has failed: `settled()` waits on the gap. */
  private added = 0;
  private finished = 0;
  private waiters: Array<{ upTo: number; resolve: () => void }> = [];

  constructor(
    private readonly write: (rows: T[]) => unknown,
    private readonly done: (rows: T[], error?: unknown) => void,
    private readonly delayMs: number,
  ) {}

  add(row: T): void {
    this.queue.push(row);
    this.added++;
    this.schedule();
  }

  /**
   * Resolves once every row added so far has been written or has failed, without hurrying the
   * timer (unlike `drain`): a question about rows in flight waits for their commit.
   */
  settled(): Promise<void> {
    if (this.finished === this.added) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ upTo: this.added, resolve }));
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
      } finally {
        this.finished += batch.length;
      }
      this.done(batch);
    })();
    await this.running;
    this.running = undefined;
    this.wakeSettled();
    if (this.queue.length > 0) this.schedule();
  }

  private wakeSettled(): void {
    if (this.waiters.length === 0) return;
    const waiting = this.waiters;
    this.waiters = [];
    for (const waiter of waiting) {
      if (waiter.upTo <= this.finished) waiter.resolve();
      else this.waiters.push(waiter);
    }
  }
}
