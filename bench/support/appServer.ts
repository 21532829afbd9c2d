/**
 * The real server (server/main.ts) in a child process, as in production: static files and
 * Hocuspocus on /sync, one port. PORT=0 picks a free port; we read it from the start-up line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
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
  startTimeoutMs?: number;
}

export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const ownsData = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(BENCH_TMP, 'data-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(options.port ?? 0), DATA_DIR: dataDir, STATIC_DIR: options.staticDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    const port = await readPort(child, options.startTimeoutMs ?? 30_000, () => stderr);
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
    await stopChild(child);
    if (ownsData) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

function readPort(child: ChildProcess, timeoutMs: number, stderr: () => string): Promise<number> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start in ${timeoutMs} ms: ${stderr()}`)), timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/localhost:(\d+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening: ${stderr()}`));
    });
  });
}

/** SIGTERM (the server flushes and exits), SIGKILL if it has not gone after 5 s. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
