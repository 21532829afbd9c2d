/** The HTTP(S) server: static app plus the /sync WebSocket upgrade, one port. */
import { mkdir } from 'node:fs/promises';
import { createServer, type RequestListener } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { ServerConfig } from './config.ts';
import { DEFAULT_LIMITS, type SyncLimits } from './limits.ts';
import { SyncMetrics } from './metrics.ts';
import { listenForMetrics, METRICS_PATH, type MetricsListener } from './metricsListener.ts';
import { createSecurityHeaders, headerLines } from './securityHeaders.ts';
import { createStaticHandler } from './staticFiles.ts';
import { createSyncServer } from './syncServer.ts';
import { readTlsCredentials } from './tlsOptions.ts';

/** For load balancers and monitoring: whether this instance can store and relay. */
export const HEALTH_PATH = '/healthz';

export interface RunningServer {
  port: number;
  /** 'https' when started with TLS files (then sync is wss://). */
  protocol: 'http' | 'https';
  /** The port of the metrics listener; undefined when METRICS_PORT is unset. */
  metricsPort?: number;
  /** Reads the TLS files again (after a certificate renewal); new connections use them. No-op without TLS. */
  reloadTls(): void;
  stop(): Promise<void>;
}

export interface StartOptions {
  limits?: Partial<SyncLimits>;
  log?: (line: string) => void;
}

/** One process, one port: the built app over HTTP and sync over WebSocket at /sync. */
export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  const tls = config.tls;
  // Before storage opens: a missing or broken certificate stops the start with nothing to clean up.
  const https = tls ? createHttpsServer(readTlsCredentials(tls)) : undefined;
  await mkdir(config.dataDir, { recursive: true });
  const serveStatic = createStaticHandler(config.staticDir);
  const metrics = new SyncMetrics(config.databaseUrl ? 'postgresql' : 'sqlite');
  const sync = await createSyncServer({
    metrics,
    dataDir: config.dataDir,
    trustProxy: config.trustProxy ?? [],
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
    ...(config.redisUrl ? { redisUrl: config.redisUrl } : {}),
    ...options,
    limits: { ...config.limits, ...options.limits },
  });
  const headersTimeoutMs = options.limits?.headersTimeoutMs ?? config.limits?.headersTimeoutMs ?? DEFAULT_LIMITS.headersTimeoutMs;
  const securityHeaders = createSecurityHeaders(config.staticDir);
  const handle: RequestListener = (req, res) => {
    for (const [name, value] of Object.entries(securityHeaders(req))) if (value !== undefined) res.setHeader(name, value);
    if (req.url === HEALTH_PATH) {
      void sync.health().then((health) => {
        // A load balancer takes an instance out only when it cannot store; without Redis it still serves.
        res.writeHead(health.storeReachable ? 200 : 503, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
        res.end(JSON.stringify({ status: !health.storeReachable ? 'down' : health.relay === 'unreachable' ? 'degraded' : 'ok', ...health }));
      });
      return;
    }
    // Only on the metrics listener; here it would otherwise fall through to the app's index.html.
    if (new URL(req.url ?? '/', 'http://x').pathname === METRICS_PATH) {
      res.writeHead(404, { 'Content-Length': 0 });
      res.end();
      return;
    }
    serveStatic(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  };
  // Slow (drip-fed) requests, upgrades included, are dropped once their headers take too long.
  const timeouts = { headersTimeout: headersTimeoutMs, requestTimeout: headersTimeoutMs * 3, connectionsCheckingInterval: Math.min(1000, headersTimeoutMs / 2) };
  const http = https ?? createServer(timeouts);
  if (https) {
    https.headersTimeout = timeouts.headersTimeout;
    https.requestTimeout = timeouts.requestTimeout;
  }
  http.on('request', handle);
  http.on('upgrade', (request, socket, head) => sync.handleUpgrade(request, socket, head, headerLines(securityHeaders(request))));
  http.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve) => http.listen(config.port, resolve));
  const port = (http.address() as AddressInfo).port;
  let metricsListener: MetricsListener | undefined;
  if (config.metricsPort !== undefined) {
    try {
      metricsListener = await listenForMetrics(metrics, config.metricsPort, config.metricsHost ?? '127.0.0.1');
    } catch (error) {
      await sync.stop();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      throw error;
    }
  }
  return {
    port,
    protocol: https ? 'https' : 'http',
    ...(metricsListener ? { metricsPort: metricsListener.port } : {}),
    reloadTls() {
      if (https && tls) https.setSecureContext(readTlsCredentials(tls));
    },
    async stop() {
      const httpClosed = new Promise<void>((resolve) => http.close(() => resolve()));
      await metricsListener?.stop();
      await sync.stop();
      http.closeAllConnections();
      await httpClosed;
    },
  };
}
