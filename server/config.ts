import { resolve } from 'node:path';
import { tlsFilesFromEnv, type TlsFiles } from './tlsOptions.ts';

/** Server settings from the environment, with the README's defaults. */
export interface ServerConfig {
  port: number;
  dataDir: string;
  staticDir: string;
  /** Behind one reverse proxy (TRUST_PROXY=1), per-IP limits use the address it put in X-Forwarded-For. */
  trustProxy?: boolean;
  /** DATABASE_URL: PostgreSQL as the store shared by several instances (otherwise SQLite in dataDir). */
  databaseUrl?: string;
  /** REDIS_URL: instances relay updates and presence to each other through Redis. */
  redisUrl?: string;
  /** TLS_CERT + TLS_KEY: serve HTTPS and WSS on `port` instead of plain HTTP. */
  tls?: TlsFiles;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number.parseInt(env.PORT ?? '8080', 10);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a number from 0 to 65535, got "${env.PORT ?? ''}"`);
  }
  return {
    port,
    dataDir: resolve(env.DATA_DIR ?? './data'),
    staticDir: resolve(env.STATIC_DIR ?? './dist'),
    // "1" or the proxy's addresses ("127.0.0.1,::1", as deploy/ sets it) turn it on.
    trustProxy: Boolean(env.TRUST_PROXY?.trim()) && env.TRUST_PROXY?.trim() !== '0',
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
    ...withTls(tlsFilesFromEnv(env)),
  };
}

const withTls = (tls: TlsFiles | undefined) => (tls ? { tls } : {});
