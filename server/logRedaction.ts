/**
 * No room id in any log line, libraries' lines included (Hocuspocus prints some errors with the
 * document name): in the server process, console output is formatted first and every room-id-shaped
 * word (v2: "r" + 43 base64url characters; legacy: 22) replaced. Installed by main.ts only.
 */
import { format } from 'node:util';

const ROOM_ID = /(?<![A-Za-z0-9_-])(?:r[A-Za-z0-9_-]{43}|[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])/g;

export const redactRoomIds = (line: string): string => line.replace(ROOM_ID, '[room]');

export function installLogRedaction(target: Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'> = console): void {
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const write = target[level].bind(target);
    target[level] = (...args: unknown[]) => write(redactRoomIds(format(...args)));
  }
}
