/**
 * The provider websocket with this app's reconnect rules (docs/sync-client.md, "Retry"):
 * - a wrong key (CLOSE.wrongKey) stops it for good: retrying will not make the key right;
 * - an idle close (CLOSE.idle, sent by the server) pauses it until `resume()` (the user types);
 * - every other close retries with a delay that doubles from `min` to `max` until `healthy()`.
 */
import { HocuspocusProviderWebsocket, type HocuspocusProviderWebsocketConfiguration } from '@hocuspocus/provider';
import { CLOSE } from '../protocol/index.ts';

export interface ReconnectBounds {
  min: number;
  max: number;
}

/** The provider forces a close with 4408 "forced" itself when the network went silent: that is no idle close. */
const isServerIdleClose = (event: { code?: number; reason?: string }) => event.code === CLOSE.idle && event.reason !== 'forced';

export class StoppableSocket extends HocuspocusProviderWebsocket {
  private stopped = false;
  private paused = false;
  private closes = 0;

  constructor(
    configuration: HocuspocusProviderWebsocketConfiguration,
    private readonly bounds: ReconnectBounds,
  ) {
    super({ ...configuration, delay: bounds.min, minDelay: bounds.min, maxDelay: bounds.max, factor: 2 });
  }

  get isPaused(): boolean {
    return this.paused;
  }

  override connect(): Promise<unknown> {
    if (this.stopped || this.paused) return Promise.resolve();
    return super.connect();
  }

  /** Runs before the providers hear of the close, so the rules apply to the reconnect it schedules. */
  override onClose(parameters: Parameters<HocuspocusProviderWebsocket['onClose']>[0]): void {
    const event = parameters.event as { code?: number; reason?: string };
    if (event.code === CLOSE.wrongKey) this.stopped = true;
    else if (isServerIdleClose(event)) this.paused = true;
    this.closes++;
    this.configuration.delay = Math.min(this.bounds.max, this.bounds.min * 2 ** Math.min(this.closes - 1, 16));
    super.onClose(parameters);
  }

  /** A connection that synced: the next loss starts again from the shortest delay. */
  healthy(): void {
    this.closes = 0;
    this.configuration.delay = this.bounds.min;
  }

  /** After an idle close: connect again now (there is something to send). */
  resume(): void {
    if (this.stopped) return;
    this.paused = false;
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.disconnect();
  }
}
