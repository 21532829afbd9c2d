/** Test helper: the real server (`server/main.ts`) as a child process, so it can be SIGKILLed. */
import { spawn, type ChildProcess } from 'node:child_process';
import type { TestDirs } from './testServer.ts';

export interface ChildServer {
  port: number;
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function spawnServer(dirs: TestDirs, port = 0, env: Record<string, string> = {}): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, ...env, PORT: String(port), DATA_DIR: dirs.dataDir, STATIC_DIR: dirs.staticDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/localhost:(\d+)/.exec(output);
      if (match?.[1]) resolve({ port: Number(match[1]), child, output: () => output, exited });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then(({ code, signal }) => reject(new Error(`server exited early (${code ?? signal}): ${output}`)));
  });
}
