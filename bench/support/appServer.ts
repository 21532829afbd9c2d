/**
 * The real server (server/main.ts) in a child process, as in production: static files and
 * Hocuspocus on /sync, one port. Started by the e2e helper (e2e/support/appServer.ts) with a data
 * folder under bench/.tmp that is removed on stop.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startAppServer as startE2eAppServer } from '../../e2e/support/appServer.ts';
import { spawnTsxServer, stopChild } from './childProcess.ts';
import { BENCH_TMP } from './paths.ts';

export interface AppServer {
  port: number;
  origin: string;
  stop(): Promise<void>;
}

/** `staticDir` must hold an index.html (the helper waits for `GET /` to answer 200). */
export async function startAppServer(options: { staticDir: string }): Promise<AppServer> {
  const dataDir = mkdtempSync(join(BENCH_TMP, 'data-'));
  try {
    const server = await startE2eAppServer({ staticDir: options.staticDir, dataDir });
    return {
      port: server.port,
      origin: server.url,
      async stop() {
        await server.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** A raw WebSocket relay (bench/support/relayServer.ts) in its own process: the floor for P4. */
export async function startRelay(): Promise<{ url: string; stop(): Promise<void> }> {
  const { child, port } = await spawnTsxServer('bench/support/relayServer.ts', {}, /relay (\d+)/);
  return { url: `ws://127.0.0.1:${port}`, stop: () => stopChild(child) };
}
