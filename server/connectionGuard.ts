import type WebSocket from 'ws';
import { frameRoom, isRoomId } from './frameRoom.ts';
import type { SyncLimits } from './limits.ts';
import { TokenBucket } from './tokenBucket.ts';

export const CLOSE_UNAUTHORIZED = 4401;
const CLOSE_POLICY = 1008;
const CLOSE_UNSUPPORTED = 1003;

/**
 * Sits in front of Hocuspocus on one socket: its 'message' listener runs first and closes the
 * socket (only this one) on malformed frames, floods, too many rooms, or a missing/wrong token.
 */
export class ConnectionGuard {
  private readonly authenticatedRooms = new Set<string>();
  private readonly rooms = new Set<string>();
  private readonly messages: TokenBucket;
  private readonly bytes: TokenBucket;
  private preAuthMessages = 0;
  private preAuthBytes = 0;
  private closing = false;
  private readonly authTimer: NodeJS.Timeout;

  constructor(
    private readonly ws: WebSocket,
    private readonly limits: SyncLimits,
    private readonly onViolation: (reason: string) => void = () => {},
  ) {
    this.messages = new TokenBucket(limits.messageBurst, limits.messagesPerSecond);
    this.bytes = new TokenBucket(limits.byteBurst, limits.bytesPerSecond);
    this.authTimer = setTimeout(() => {
      if (this.authenticatedRooms.size === 0) this.close(CLOSE_UNAUTHORIZED, 'Unauthorized');
    }, limits.authTimeoutMs);
    ws.on('message', this.onMessage);
    ws.once('close', () => clearTimeout(this.authTimer));
  }

  markAuthenticated(room: string): void {
    this.authenticatedRooms.add(room);
  }

  /** After Hocuspocus has sent its permission-denied message, close with 4401 so the client stops. */
  refuse(): void {
    setImmediate(() => this.close(CLOSE_UNAUTHORIZED, 'Unauthorized'));
  }

  private readonly onMessage = (data: WebSocket.RawData, isBinary?: boolean): void => {
    // Hocuspocus re-emits frames it queued before authentication without the flag: already checked.
    if (this.closing || isBinary === undefined) return;
    const frame = toBytes(data);
    if (!isBinary) return this.violate(CLOSE_UNSUPPORTED, 'text frame');
    if (!this.messages.take() || !this.bytes.take(frame.length)) return this.violate(CLOSE_POLICY, 'rate limit');
    const room = frameRoom(frame);
    if (room === null || !isRoomId(room)) return this.violate(CLOSE_UNSUPPORTED, 'malformed frame');
    if (!this.rooms.has(room)) {
      if (this.rooms.size >= this.limits.roomsPerConnection) return this.violate(CLOSE_POLICY, 'too many rooms');
      this.rooms.add(room);
    }
    if (this.authenticatedRooms.has(room)) return;
    this.preAuthMessages++;
    this.preAuthBytes += frame.length;
    if (this.preAuthMessages > this.limits.preAuthMessages || this.preAuthBytes > this.limits.preAuthBytes) {
      this.violate(CLOSE_POLICY, 'too much before authentication');
    }
  };

  private violate(code: number, reason: string): void {
    this.onViolation(reason);
    this.close(code, reason);
  }

  private close(code: number, reason: string): void {
    if (this.closing) return;
    this.closing = true;
    this.ws.close(code, reason);
  }
}

function toBytes(data: WebSocket.RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}
