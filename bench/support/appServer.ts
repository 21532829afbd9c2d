/**
 * The real server (server/main.ts) in a child process, as in production: static files and
 * Hocuspocus on /sync, one port. PORT=0 picks a free port; we read it from the start-up line.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnTsxServer, stopChild } from './childProcess.ts';
import { BENCH_TMP } from './paths.ts';

export interface AppServer {
  port: number;
  origin: string;
  dataDir: string;
  stop(): Promise<void>;
}

export interface AppServerOptions {
  staticDir: string;
  /** Reuse a data folder (a restart); default a fresh one, removed on stop. */
  dataDir?: string;
  port?: number;
}

export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const ownsData = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(BENCH_TMP, 'data-'));
  try {
    const { child, port } = await spawnTsxServer(
      'server/main.ts',
      { PORT: String(options.port ?? 0), DATA_DIR: dataDir, STATIC_DIR: options.staticDir },
      /http:\/\/localhost:(\d+)/,
    );
    return {
      port,
      origin: `http://127.0.0.1:${port}`,
      dataDir,
      async stop() {
        await stopChild(child);
        if (ownsData) rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (ownsData) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** A raw WebSocket relay (bench/support/relayServer.ts) in its own process: the floor for P4. */
export async function startRelay(): Promise<{ url: string; stop(): Promise<void> }> {
  const { child, port } = await spawnTsxServer('bench/support/relayServer.ts', {}, /relay (\d+)/);
  return { url: `ws://127.0.0.1:${port}`, stop: () => stopChild(child) };
}
