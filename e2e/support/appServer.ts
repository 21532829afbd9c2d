/**
 * A private app server for one e2e test: server/main.ts run by tsx (the built app from dist/ plus
 * sync on /sync) on a free port with its own data folder. It runs as `node --import tsx`, one
 * process, so a signal reaches the server itself (npx would sit in between). Use it when a test must stop the
 * server (offline, reconnect) and so cannot share the webServer from playwright.config.ts.
 *
 *   const server = await startAppServer();
 *   await page.goto(server.url);
 *   await server.stop();     // SIGTERM, waits for the exit: the network is "gone"
 *   await server.restart();  // same port, same data folder
 *   await server.stop();     // always stop in a finally / afterAll
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface AppServerOptions {
  /** Sync data folder; a fresh temp folder when left out. */
  dataDir?: string;
  /** Built app to serve; `dist` when left out. */
  staticDir?: string;
  /** More environment for the server (DATABASE_URL, REDIS_URL, TRUST_PROXY, ...). */
  env?: Record<string, string>;
}

export interface AppServer {
  /** `http://localhost:<port>` (no trailing slash). */
  url: string;
  port: number;
  dataDir: string;
  /** Graceful stop (SIGTERM: sync flushes); resolves once the process has exited. */
  stop(): Promise<void>;
  /** Sends a signal (e.g. 'SIGKILL' for a crash) and resolves once the process has exited. */
  kill(signal: NodeJS.Signals): Promise<void>;
  /** Starts again on the same port with the same data folder (after stop or kill). */
  restart(): Promise<void>;
}

export async function startAppServer(options: AppServerOptions = {}): Promise<AppServer> {
  const port = await freePort();
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'gesprek-e2e-app-'));
  const staticDir = resolve(options.staticDir ?? 'dist');
  const url = `http://localhost:${port}`;
  let child: ChildProcess | undefined;

  const launch = async () => {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, ...options.env, PORT: String(port), DATA_DIR: dataDir, STATIC_DIR: staticDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    proc.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    proc.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child = proc;
    await waitUntilServing(url, proc, () => output);
  };

  const signal = async (sig: NodeJS.Signals) => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise<void>((done) => proc.once('exit', () => done()));
    proc.kill(sig);
    await exited;
  };

  await launch();
  return {
    url,
    port,
    dataDir,
    stop: () => signal('SIGTERM'),
    kill: (sig) => signal(sig),
    async restart() {
      await signal('SIGTERM');
      await launch();
    },
  };
}

/** A port the OS says is free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitUntilServing(url: string, proc: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`app server exited (${proc.exitCode}):\n${output()}`);
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill('SIGKILL');
  throw new Error(`app server did not answer on ${url} within 60 s:\n${output()}`);
}
