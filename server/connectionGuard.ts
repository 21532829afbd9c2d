/** Per-socket gatekeeper in front of Hocuspocus: frame checks, rate limits, pre-auth budget, auth timeout. */
import type WebSocket from 'ws';
import { frameRoom, isRoomId } from './frameRoom.ts';
import type { SyncLimits } from './limits.ts';
import { TokenBucket } from './tokenBucket.ts';

export const CLOSE_UNAUTHORIZED = 4401;
const CLOSE_POLICY = 1008;
const CLOSE_UNSUPPORTED = 1003;

/**
 * Sits in front of Hocuspocus on one socket: every frame passes `admit` before any listener sees
 * it; a malformed frame, a flood, too many rooms or a missing/wrong token closes this socket only.
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
    // Filter at emit, so Hocuspocus never parses (or logs) a frame we refused.
    const emit = ws.emit.bind(ws);
    ws.emit = ((event: string | symbol, ...args: unknown[]): boolean => {
      if (event === 'message' && !this.admit(args[0] as WebSocket.RawData, args[1] as boolean | undefined)) return false;
      return emit(event, ...args);
    }) as typeof ws.emit;
    ws.once('close', () => clearTimeout(this.authTimer));
  }

  markAuthenticated(room: string): void {
    this.authenticatedRooms.add(room);
  }

  /** After Hocuspocus has sent its permission-denied message, close with 4401 so the client stops. */
  refuse(): void {
    setImmediate(() => this.close(CLOSE_UNAUTHORIZED, 'Unauthorized'));
  }

  private admit(data: WebSocket.RawData, isBinary: boolean | undefined): boolean {
    // Hocuspocus re-emits frames it queued before authentication, without the flag: already admitted.
    if (isBinary === undefined) return true;
    if (this.closing) return false;
    const frame = toBytes(data);
    if (!isBinary) return this.violate(CLOSE_UNSUPPORTED, 'text frame');
    if (!this.messages.take() || !this.bytes.take(frame.length)) return this.violate(CLOSE_POLICY, 'rate limit');
    const room = frameRoom(frame);
    if (room === null || !isRoomId(room)) return this.violate(CLOSE_UNSUPPORTED, 'malformed frame');
    if (!this.rooms.has(room)) {
      if (this.rooms.size >= this.limits.roomsPerConnection) return this.violate(CLOSE_POLICY, 'too many rooms');
      this.rooms.add(room);
    }
    if (this.authenticatedRooms.has(room)) return true;
    this.preAuthMessages++;
    this.preAuthBytes += frame.length;
    if (this.preAuthMessages > this.limits.preAuthMessages || this.preAuthBytes > this.limits.preAuthBytes) {
      return this.violate(CLOSE_POLICY, 'too much before authentication');
    }
    return true;
  }

  private violate(code: number, reason: string): false {
    this.onViolation(reason);
    this.close(code, reason);
    return false;
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
