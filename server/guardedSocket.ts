/**
 * The pre-authentication filter: what Hocuspocus gets instead of the raw `ws` socket. It forwards
 * only binary frames that name a well-formed room, and before a room is authenticated only a small
 * budget of them; it closes sockets that never authenticate. Limits after authentication live in
 * Hocuspocus hooks (messageLimits.ts), with the state of each socket kept here.
 *
 * Why a wrapper and not a listener on `ws`: Node's emitters call every listener, so a listener of
 * our own cannot keep a frame from Hocuspocus' listener; without patching `ws.emit`, the only way
 * to filter is to give Hocuspocus a socket of our own that emits just the frames we admit.
 */
import { EventEmitter } from 'node:events';
import type WebSocket from 'ws';
import { CLOSE, isLegacyRoomId, isRoomId } from '../src/protocol/index.ts';
import { EchoFilter } from './echoFilter.ts';
import { frameRoom } from './frameRoom.ts';
import { isSyncStatus, typeOffset } from './frameType.ts';
import type { SyncLimits } from './limits.ts';
import type { RefusalReason } from './refusalReasons.ts';
import { TokenBucket } from './tokenBucket.ts';

/** Frame counts for the metrics (metrics.ts); nothing about a frame but that it passed. */
export interface SocketTraffic {
  received(): void;
  sent(): void;
}

const UNCOUNTED: SocketTraffic = { received: () => {}, sent: () => {} };

export class GuardedSocket extends EventEmitter {
  /** Rooms whose `onAuthenticate` passed on this socket. */
  readonly authenticatedRooms = new Set<string>();
  readonly messages: TokenBucket;
  readonly bytes: TokenBucket;
  private preAuthMessages = 0;
  private preAuthBytes = 0;
  private closing = false;
  private lastActive = performance.now();
  private readonly authTimer: NodeJS.Timeout;
  private readonly echoes = new EchoFilter();
  /** Rooms whose tablet said it does not use Hocuspocus' sync status (`noSyncStatus`, syncStatusOptOut.ts). */
  private readonly withoutSyncStatus = new Set<string>();
  /** The name bytes (length ‖ UTF-8) of the room last admitted after authentication: most frames name it. */
  private admittedPrefix: Buffer | undefined;

  constructor(
    private readonly ws: WebSocket,
    readonly ip: string,
    private readonly limits: SyncLimits,
    private readonly onViolation: (reason: RefusalReason) => void,
    private readonly traffic: SocketTraffic = UNCOUNTED,
  ) {
    super();
    this.messages = new TokenBucket(limits.messageBurst, limits.messagesPerSecond);
    this.bytes = new TokenBucket(limits.byteBurst, limits.bytesPerSecond);
    this.authTimer = setTimeout(() => {
      if (this.authenticatedRooms.size === 0) this.violate(CLOSE.idle, 'no authentication in time');
    }, limits.authTimeoutMs);
    ws.on('message', (data: WebSocket.RawData, isBinary: boolean) => {
      traffic.received();
      const frame = toBuffer(data);
      if (!this.admit(frame, isBinary)) return;
      this.echoes.received(frame);
      this.emit('message', frame);
    });
    ws.on('pong', () => this.emit('pong'));
    ws.once('close', (code: number, reason: Buffer) => {
      clearTimeout(this.authTimer);
      this.closing = true;
      this.emit('close', code, reason);
    });
  }

  // The part of ws' WebSocket that Hocuspocus uses.
  get readyState(): number {
    return this.ws.readyState;
  }
  set binaryType(_type: string) {
    // Frames are always handed on as Buffers.
  }
  send(data: Uint8Array, callback?: (error?: Error) => void): void {
    // The tablet's own update, coming back: it has it already.
    // And the sync status after each update, to a tablet that waits for `stored` instead.
    if (this.echoes.isEcho(data) || this.isUnwantedSyncStatus(data)) {
      if (callback) setImmediate(callback);
      return;
    }
    this.traffic.sent();
    this.ws.send(data, callback);
  }
  ping(): void {
    this.ws.ping();
  }

  /** Closes with `code` (first close wins); later frames are dropped. */
  close(code: number = CLOSE.goingAway, reason = ''): void {
    if (this.closing) return;
    this.closing = true;
    this.ws.close(code, reason);
  }

  /** After Hocuspocus has sent its permission-denied message, close with `code`. */
  closeSoon(code: number, reason: string): void {
    setImmediate(() => this.close(code, reason));
  }

  violate(code: number, reason: RefusalReason): void {
    if (this.closing) return;
    this.onViolation(reason);
    this.close(code, reason);
  }

  /** The tablet in `room` does not use Hocuspocus' sync status: it is not sent there any more. */
  dropSyncStatus(room: string): void {
    this.withoutSyncStatus.add(room);
  }

  /** Something other than presence arrived (messageLimits.ts calls this). */
  touch(): void {
    this.lastActive = performance.now();
  }

  /** Milliseconds since the last activity, 0 before authentication (the auth timeout covers that). */
  idleFor(): number {
    return this.authenticatedRooms.size === 0 ? 0 : performance.now() - this.lastActive;
  }

  get isClosing(): boolean {
    return this.closing;
  }

  private isUnwantedSyncStatus(frame: Uint8Array): boolean {
    if (this.withoutSyncStatus.size === 0 || !isSyncStatus(frame)) return false;
    const room = frameRoom(frame);
    return room !== null && this.withoutSyncStatus.has(room);
  }

  private admit(frame: Buffer, isBinary: boolean): boolean {
    if (this.closing) return false;
    if (!isBinary) return this.refuse(CLOSE.unsupported, 'text frame');
    // Byte for byte the name of an authenticated room (rooms are never unauthenticated): no need to decode it again.
    const known = this.admittedPrefix;
    if (known && frame.length > known.length && known.compare(frame, 0, known.length) === 0) return true;
    const room = frameRoom(frame);
    if (room === null || !(isRoomId(room) || isLegacyRoomId(room))) return this.refuse(CLOSE.unsupported, 'malformed frame');
    if (this.authenticatedRooms.has(room)) {
      const nameEnd = typeOffset(frame);
      if (nameEnd > 0) this.admittedPrefix = Buffer.from(frame.subarray(0, nameEnd));
      return true;
    }
    this.preAuthMessages++;
    this.preAuthBytes += frame.length;
    if (this.preAuthMessages > this.limits.preAuthMessages || this.preAuthBytes > this.limits.preAuthBytes) {
      return this.refuse(CLOSE.policy, 'too much before authentication');
    }
    return true;
  }

  private refuse(code: number, reason: RefusalReason): false {
    this.violate(code, reason);
    return false;
  }
}

function toBuffer(data: WebSocket.RawData): Buffer {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? Buffer.from(data) : data;
}

/** The socket's gate, from a Hocuspocus hook's context (set in syncServer.ts). */
export const gateOf = (context: unknown): GuardedSocket | undefined => (context as { gate?: GuardedSocket } | undefined)?.gate;
