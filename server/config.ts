import { resolve } from 'node:path';
import { tlsFilesFromEnv, type TlsFiles } from './tlsOptions.ts';
import { LIMITS_FROM_ENV, type SyncLimits } from './limits.ts';

const LOOPBACK = ['127.0.0.1', '::1', '::ffff:127.0.0.1'];

/** Server settings from the environment, with the README's defaults. */
export interface ServerConfig {
  port: number;
  dataDir: string;
  staticDir: string;
  /**
   * TRUST_PROXY: addresses of reverse proxies whose X-Forwarded-For is believed (only when the
   * request comes from one of them); "1" means loopback only (a proxy on the same machine).
   */
  trustProxy?: readonly string[];
  /** Limits set by environment variables (LIMITS_FROM_ENV); the rest keep their defaults. */
  limits?: Partial<SyncLimits>;
  /** DATABASE_URL: PostgreSQL as the store shared by several instances (otherwise SQLite in dataDir). */
  databaseUrl?: string;
  /** REDIS_URL: instances relay updates and presence to each other through Redis. */
  redisUrl?: string;
  /** TLS_CERT + TLS_KEY: serve HTTPS and WSS on `port` instead of plain HTTP. */
  tls?: TlsFiles;
  /** METRICS_PORT: serve GET /metrics on this port (its own listener); unset: no metrics endpoint. */
  metricsPort?: number;
  /** METRICS_HOST: the address the metrics listener binds to (default loopback). */
  metricsHost?: string;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number.parseInt(env.PORT ?? '8080', 10);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a number from 0 to 65535, got "${env.PORT ?? ''}"`);
  }
  const metricsPort = env.METRICS_PORT ? metricsPortFrom(env.METRICS_PORT) : undefined;
  if (metricsPort !== undefined && metricsPort !== 0 && metricsPort === port) throw new Error('METRICS_PORT must differ from PORT');
  return {
    port,
    dataDir: resolve(env.DATA_DIR ?? './data'),
    staticDir: resolve(env.STATIC_DIR ?? './dist'),
    trustProxy: trustedProxies(env.TRUST_PROXY),
    limits: limitsFromEnv(env),
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
    ...withTls(tlsFilesFromEnv(env)),
    ...(metricsPort !== undefined ? { metricsPort, metricsHost: env.METRICS_HOST || '127.0.0.1' } : {}),
  };
}

function metricsPortFrom(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new Error(`METRICS_PORT must be a number from 0 to 65535, got "${text}"`);
  return port;
}

const withTls = (tls: TlsFiles | undefined) => (tls ? { tls } : {});

function trustedProxies(value: string | undefined): string[] {
  if (!value) return [];
  return value === '1' ? LOOPBACK : value.split(',').map((address) => address.trim()).filter(Boolean);
}

function limitsFromEnv(env: NodeJS.ProcessEnv): Partial<SyncLimits> {
  const limits: Partial<SyncLimits> = {};
  for (const [name, key] of Object.entries(LIMITS_FROM_ENV)) {
    const text = env[name];
    if (text === undefined || text === '') continue;
    const value = Number(text);
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a whole number ≥ 0, got "${text}"`);
    limits[key] = value;
  }
  return limits;
}
