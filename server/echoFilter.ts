/**
 * Hocuspocus sends every document update to every connection of the room, the one it came from
 * included (`Document.handleUpdate`). That echo holds only what the tablet itself just sent, so
 * it is dropped: the socket remembers its last few small sync-update frames, and an outgoing
 * frame that is byte for byte one of them is not sent (docs/performance.md, P10). A frame the
 * server built differently (merged, or from another tablet) never matches, so it always goes out.
 */
import { isSyncUpdate } from './frameType.ts';

const MAX_FRAME_BYTES = 4096;
const MAX_REMEMBERED = 8;

export class EchoFilter {
  private readonly recent: Buffer[] = [];

  /** An admitted frame from the client. */
  received(frame: Buffer): void {
    if (frame.length > MAX_FRAME_BYTES || !isSyncUpdate(frame)) return;
    this.recent.push(frame);
    if (this.recent.length > MAX_REMEMBERED) this.recent.shift();
  }

  /** Whether `frame`, about to go to the client, is the echo of one it sent (then forgotten: one echo per frame). */
  isEcho(frame: Uint8Array): boolean {
    if (frame.length > MAX_FRAME_BYTES) return false;
    const index = this.recent.findIndex((sent) => sent.equals(frame));
    if (index < 0) return false;
    this.recent.splice(index, 1);
    return true;
  }
}
