/** Hocuspocus' Redis extension, kept from turning a Redis outage into an outage of sync. */
import type { Redis } from '@hocuspocus/extension-redis';
import type {
  afterLoadDocumentPayload,
  afterUnloadDocumentPayload,
  beforeBroadcastStatelessPayload,
  beforeUnloadDocumentPayload,
  Document,
  Extension,
  Hocuspocus,
  onAwarenessUpdatePayload,
  onChangePayload,
  onConfigurePayload,
} from '@hocuspocus/server';

/** How long a room's load may wait for its Redis subscription before it is served without relay. */
const SUBSCRIBE_WAIT_MS = 3000;

export type RelayState = 'ready' | 'unreachable';

/**
 * Relays between instances while Redis is there; while it is not, each instance serves its rooms
 * alone (tablets keep syncing with it; the store merges what instances save), and when Redis is
 * back every loaded room is subscribed again and exchanges state, so the instances converge.
 * Redis' store lock is not used: PostgresStore merges on save, which is safe without it.
 */
export class ResilientRelay implements Extension {
  readonly extensionName = 'resilient-redis-relay';
  private instance: Hocuspocus | undefined;
  private down = false;
  private destroyed = false;

  constructor(
    private readonly redis: Redis,
    private readonly log: (line: string) => void,
  ) {
    for (const client of [redis.pub, redis.sub]) {
      // A listener also keeps ioredis from printing every failed reconnect.
      client.on('error', (error: Error & { code?: string }) => this.wentDown(error.code ?? error.name));
      client.on('close', () => this.wentDown('connection closed'));
      client.on('ready', () => this.cameBack());
    }
  }

  get state(): RelayState {
    return this.redis.pub.status === 'ready' && this.redis.sub.status === 'ready' ? 'ready' : 'unreachable';
  }

  async onConfigure(data: onConfigurePayload): Promise<void> {
    this.instance = data.instance;
    await this.redis.onConfigure(data);
  }

  /** Subscribes the room; without Redis the room is served now and subscribed when Redis is back. */
  async afterLoadDocument(data: afterLoadDocumentPayload): Promise<void> {
    if (this.state !== 'ready') return;
    await this.subscribe(data.documentName, data.document);
  }

  async onChange(data: onChangePayload): Promise<void> {
    if (this.state === 'ready') await this.redis.onChange(data).catch(() => undefined);
  }

  async onAwarenessUpdate(data: onAwarenessUpdatePayload): Promise<void> {
    if (this.state === 'ready') await this.redis.onAwarenessUpdate(data).catch(() => undefined);
  }

  async beforeBroadcastStateless(data: beforeBroadcastStatelessPayload): Promise<void> {
    if (this.state === 'ready') await this.redis.beforeBroadcastStateless(data).catch(() => undefined);
  }

  /** Lets the last sync messages through Redis before the room goes. */
  async beforeUnloadDocument(data: beforeUnloadDocumentPayload): Promise<void> {
    await this.redis.beforeUnloadDocument(data);
  }

  async afterUnloadDocument(data: afterUnloadDocumentPayload): Promise<void> {
    if (this.state === 'ready') await this.redis.afterUnloadDocument(data).catch(() => undefined);
  }

  async onDestroy(): Promise<void> {
    this.destroyed = true;
    await this.redis.onDestroy();
  }

  private async subscribe(documentName: string, document: Document): Promise<void> {
    const instance = this.instance;
    if (!instance) return;
    const subscribed = this.redis.afterLoadDocument({
      context: {},
      document,
      documentName,
      instance,
      requestHeaders: {},
      requestParameters: new URLSearchParams(),
      socketId: 'server',
      connectionConfig: { readOnly: false, isAuthenticated: true },
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waited = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), SUBSCRIBE_WAIT_MS);
    });
    const outcome = await Promise.race([subscribed.then(() => 'ok' as const, () => 'failed' as const), waited]);
    clearTimeout(timer);
    if (outcome !== 'ok') this.log(`relay: a room is served without Redis for now (${outcome})`);
  }

  private wentDown(reason: string): void {
    if (this.down || this.destroyed) return;
    this.down = true;
    this.log(`relay: Redis unreachable (${reason}); each instance serves its rooms alone until it is back`);
  }

  /** Redis is back: subscribe every loaded room again and let the instances exchange what they missed. */
  private cameBack(): void {
    if (this.state !== 'ready') return;
    const wasDown = this.down;
    this.down = false;
    const documents = [...(this.instance?.documents ?? [])];
    if (wasDown) this.log(`relay: Redis is back; relaying ${documents.length} open room(s) again`);
    for (const [name, document] of documents) void this.subscribe(name, document);
  }
}
