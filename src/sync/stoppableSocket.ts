/** A provider websocket that can be told to stop for good (after the server refused our token). */
import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';

export class StoppableSocket extends HocuspocusProviderWebsocket {
  private stopped = false;

  /** The base class schedules a reconnect on every close; once stopped, that reconnect does nothing. */
  override connect(): Promise<unknown> {
    if (this.stopped) return Promise.resolve();
    return super.connect();
  }

  stop(): void {
    this.stopped = true;
    this.disconnect();
  }
}
