/**
 * GET /metrics on a listener of its own (METRICS_PORT on METRICS_HOST, loopback by default), so
 * the public port never shows it: a scraper reaches it over the host or a private network only.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SyncMetrics } from './metrics.ts';

export const METRICS_PATH = '/metrics';

export interface MetricsListener {
  port: number;
  stop(): Promise<void>;
}

export async function listenForMetrics(metrics: SyncMetrics, port: number, host: string): Promise<MetricsListener> {
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' || new URL(req.url ?? '/', 'http://x').pathname !== METRICS_PATH) {
      res.writeHead(404, { 'Content-Length': 0 });
      res.end();
      return;
    }
    metrics.text().then(
      (text) => {
        res.writeHead(200, { 'Content-Type': metrics.contentType, 'Cache-Control': 'no-store' });
        res.end(text);
      },
      () => {
        res.writeHead(500, { 'Content-Length': 0 });
        res.end();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
