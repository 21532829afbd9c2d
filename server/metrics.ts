/**
 * What an operator can watch on GET /metrics (Prometheus text format, prom-client): connections,
 * loaded rooms, messages, stored bytes, refusals by reason and store latency. Counts only: no room
 * id, token, address or content is ever a label or a value. Served on its own listener
 * (metricsListener.ts), never on the public port.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { ALL_REFUSAL_LABELS, REASON_LABELS, type RefusalLabel, type RefusalReason } from './refusalReasons.ts';

export type StoreKind = 'sqlite' | 'postgresql';
export type StoreOperation = 'load' | 'append' | 'compact' | 'has_room' | 'legacy_token_hash';

/** Seconds: SQLite answers in well under a millisecond, PostgreSQL over a network in a few. */
const STORE_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export class SyncMetrics {
  readonly registry = new Registry();
  private roomsLoaded: () => number = () => 0;
  private readonly connections: Gauge;
  private readonly messagesIn: Counter;
  private readonly messagesOut: Counter;
  private readonly bytesStored: Counter;
  private readonly refusals: Counter<'reason'>;
  private readonly storeSeconds: Histogram<'operation' | 'store'>;

  constructor(private readonly store: StoreKind) {
    const registers = [this.registry];
    const roomsLoaded = () => this.roomsLoaded();
    this.connections = new Gauge({ name: 'gesprek_connections', help: 'Open WebSocket connections', registers });
    new Gauge({
      name: 'gesprek_rooms_loaded',
      help: 'Rooms held in memory by this instance',
      registers,
      collect() {
        this.set(roomsLoaded());
      },
    });
    this.messagesIn = new Counter({ name: 'gesprek_messages_received_total', help: 'WebSocket frames received from clients', registers });
    this.messagesOut = new Counter({ name: 'gesprek_messages_sent_total', help: 'WebSocket frames sent to clients', registers });
    this.bytesStored = new Counter({ name: 'gesprek_stored_bytes_total', help: 'Bytes of envelope updates appended to the store', registers });
    this.refusals = new Counter({
      name: 'gesprek_refusals_total',
      help: 'Frames refused and connections closed or refused by the server, by reason (a fixed set of codes)',
      labelNames: ['reason'],
      registers,
    });
    // Every reason shows from the start, so a rate over it needs no first occurrence.
    for (const reason of ALL_REFUSAL_LABELS) this.refusals.inc({ reason }, 0);
    this.storeSeconds = new Histogram({
      name: 'gesprek_store_duration_seconds',
      help: 'Time the store took per operation',
      labelNames: ['operation', 'store'],
      buckets: STORE_BUCKETS,
      registers,
    });
    // Process memory, CPU and event-loop delay: the standard names dashboards expect.
    collectDefaultMetrics({ register: this.registry });
  }

  /** The source of the loaded-rooms gauge (Hocuspocus' document count), read at each scrape. */
  countRoomsWith(count: () => number): void {
    this.roomsLoaded = count;
  }

  connectionOpened(): void {
    this.connections.inc();
  }

  connectionClosed(): void {
    this.connections.dec();
  }

  messageReceived(): void {
    this.messagesIn.inc();
  }

  messageSent(): void {
    this.messagesOut.inc();
  }

  stored(bytes: number): void {
    this.bytesStored.inc(bytes);
  }

  refused(reason: RefusalLabel): void {
    this.refusals.inc({ reason });
  }

  /** A socket-gate refusal, by the text it is logged with. */
  violation(reason: RefusalReason): void {
    this.refused(REASON_LABELS[reason]);
  }

  storeTook(operation: StoreOperation, seconds: number): void {
    this.storeSeconds.observe({ operation, store: this.store }, seconds);
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
