import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServerConfig } from './config.ts';
import { createStaticHandler } from './staticFiles.ts';

export interface RunningServer {
  port: number;
  stop(): Promise<void>;
}

/** One process, one port: the built app over HTTP and (later) sync over WebSocket at /sync. */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  await mkdir(config.dataDir, { recursive: true });
  const serveStatic = createStaticHandler(config.staticDir);
  const http = createServer((req, res) => {
    serveStatic(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => http.listen(config.port, resolve));
  const port = (http.address() as AddressInfo).port;
  return {
    port,
    stop: () => new Promise<void>((resolve) => http.close(() => resolve())),
  };
}
