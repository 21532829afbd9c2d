import * as Y from 'yjs';
import { trackFields, type FieldTracker } from '../fieldTracker.ts';

/** Origin of updates a test "network" delivers: not local, like the sync layer's. */
const NETWORK = Symbol('test-network');

export interface TestTablet {
  name: string;
  doc: Y.Doc;
  tracker: FieldTracker;
  /** Runs the tracker's delayed writes (the flush timer) now. */
  runTimers(): void;
}

/** A manual clock shared by both tablets: tests move time, nothing waits. */
export class TestClock {
  time = Date.UTC(2026, 10, 23, 9, 0, 0);
  now = () => this.time;
  advance(ms: number): void {
    this.time += ms;
  }
}

export function testTablet(name: string, clock: TestClock, clientID?: number): TestTablet {
  const doc = new Y.Doc();
  if (clientID !== undefined) doc.clientID = clientID;
  const tasks = new Set<() => void>();
  const tracker = trackFields(doc, {
    tablet: name,
    now: clock.now,
    schedule: (task) => {
      tasks.add(task);
      return () => tasks.delete(task);
    },
  });
  return {
    name,
    doc,
    tracker,
    runTimers() {
      for (const task of [...tasks]) {
        tasks.delete(task);
        task();
      }
    },
  };
}

/** Two tablets and a link between them: live (updates forwarded, optionally held) or apart. */
export class TabletPair {
  readonly a: TestTablet;
  readonly b: TestTablet;
  private linked = false;
  /** Updates in flight while live; `deliver` hands them over (lets tests interleave). */
  private held: Array<{ to: Y.Doc; update: Uint8Array }> = [];
  holdUpdates = false;

  constructor(clock: TestClock) {
    this.a = testTablet('tablet-a', clock, 1001);
    this.b = testTablet('tablet-b', clock, 2002);
    this.forward(this.a.doc, this.b.doc);
    this.forward(this.b.doc, this.a.doc);
  }

  /** Contact: exchange what each lacks, then both are live and forward every update. */
  connect(): void {
    // Linked first: what a tablet writes in reaction to the merge goes out too, as with the real sync.
    this.linked = true;
    this.exchange();
    this.a.tracker.setLive(true);
    this.b.tracker.setLive(true);
    this.deliver();
  }

  /** Contact lost: both tablets are apart. */
  disconnect(): void {
    this.deliver();
    this.linked = false;
    this.a.tracker.setLive(false);
    this.b.tracker.setLive(false);
  }

  deliver(): void {
    while (this.held.length > 0) {
      const batch = this.held;
      this.held = [];
      for (const { to, update } of batch) Y.applyUpdate(to, update, NETWORK);
    }
  }

  /** A state exchange like a reconnect, a `.gesprek` file both ways, or a backup restore. */
  exchange(): void {
    const toB = Y.encodeStateAsUpdate(this.a.doc, Y.encodeStateVector(this.b.doc));
    const toA = Y.encodeStateAsUpdate(this.b.doc, Y.encodeStateVector(this.a.doc));
    Y.applyUpdate(this.b.doc, toB, NETWORK);
    Y.applyUpdate(this.a.doc, toA, NETWORK);
  }

  private forward(from: Y.Doc, to: Y.Doc): void {
    from.on('update', (update: Uint8Array, origin: unknown) => {
      if (!this.linked || origin === NETWORK) return;
      this.held.push({ to, update });
      if (!this.holdUpdates) this.deliver();
    });
  }
}
