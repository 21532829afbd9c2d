/** The HTTP server: static app plus the /sync WebSocket upgrade, one port. */
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServerConfig } from './config.ts';
import type { SyncLimits } from './limits.ts';
import { createStaticHandler } from './staticFiles.ts';
import { createSyncServer } from './syncServer.ts';

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
    trustProxy: config.trustProxy ?? false,
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
    ...(config.redisUrl ? { redisUrl: config.redisUrl } : {}),
    ...options,
  });
  const http = createServer((req, res) => {
    serveStatic(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  http.on('upgrade', (request, socket, head) => sync.handleUpgrade(request, socket, head));
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
