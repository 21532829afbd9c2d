/** The HTTP server: static app plus the /sync WebSocket upgrade, one port. */
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServerConfig } from './config.ts';
import { DEFAULT_LIMITS, type SyncLimits } from './limits.ts';
import { createSecurityHeaders, headerLines } from './securityHeaders.ts';
import { createStaticHandler } from './staticFiles.ts';
import { createSyncServer } from './syncServer.ts';

/** For load balancers and monitoring: whether this instance can store and relay. */
export const HEALTH_PATH = '/healthz';

export interface RunningServer {
  port: number;
  stop(): Promise<void>;
}

export interface StartOptions {
  limits?: Partial<SyncLimits>;
  log?: (line: string) => void;
}

/** One process, one port: the built app over HTTP and sync over WebSocket at /sync. */
export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  await mkdir(config.dataDir, { recursive: true });
  const serveStatic = createStaticHandler(config.staticDir);
  const sync = await createSyncServer({
    dataDir: config.dataDir,
    trustProxy: config.trustProxy ?? [],
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
    ...(config.redisUrl ? { redisUrl: config.redisUrl } : {}),
    ...options,
    limits: { ...config.limits, ...options.limits },
  });
  const headersTimeoutMs = options.limits?.headersTimeoutMs ?? config.limits?.headersTimeoutMs ?? DEFAULT_LIMITS.headersTimeoutMs;
  // Slow (drip-fed) requests, upgrades included, are dropped once their headers take too long.
  const securityHeaders = createSecurityHeaders(config.staticDir);
  const http = createServer({ headersTimeout: headersTimeoutMs, requestTimeout: headersTimeoutMs * 3, connectionsCheckingInterval: Math.min(1000, headersTimeoutMs / 2) }, (req, res) => {
    for (const [name, value] of Object.entries(securityHeaders(req))) if (value !== undefined) res.setHeader(name, value);
    if (req.url === HEALTH_PATH) {
      void sync.health().then((health) => {
        // A load balancer takes an instance out only when it cannot store; without Redis it still serves.
        res.writeHead(health.storeReachable ? 200 : 503, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
        res.end(JSON.stringify({ status: !health.storeReachable ? 'down' : health.relay === 'unreachable' ? 'degraded' : 'ok', ...health }));
      });
      return;
    }
    serveStatic(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  http.on('upgrade', (request, socket, head) => sync.handleUpgrade(request, socket, head, headerLines(securityHeaders(request))));
  http.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve) => http.listen(config.port, resolve));
  const port = (http.address() as AddressInfo).port;
  return {
    port,
    async stop() {
      const httpClosed = new Promise<void>((resolve) => http.close(() => resolve()));
      await sync.stop();
      http.closeAllConnections();
      await httpClosed;
    },
  };
}
