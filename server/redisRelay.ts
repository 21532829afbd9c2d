/** Hocuspocus' Redis extension from REDIS_URL: server instances relay updates and presence. */
import { Redis } from '@hocuspocus/extension-redis';
import { ResilientRelay } from './resilientRelay.ts';

/**
 * Every instance subscribes to the rooms it has loaded; edits and (encrypted) presence arriving
 * on one instance reach the tablets on the others. Messages are the same ciphertext frames.
 */
export function redisRelay(redisUrl: string, log: (line: string) => void): ResilientRelay {
  const url = new URL(redisUrl);
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new Error('REDIS_URL must start with redis:// or rediss://');
  }
  const db = Number.parseInt(url.pathname.slice(1) || '0', 10);
  const redis = new Redis({
    host: url.hostname || '127.0.0.1',
    port: url.port ? Number.parseInt(url.port, 10) : 6379,
    prefix: 'gesprek',
    options: {
      db: Number.isInteger(db) ? db : 0,
      ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
      ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
      ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    },
  });
  return new ResilientRelay(redis, log);
}
