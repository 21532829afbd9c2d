/** Starts a load worker (worker.ts) as its own process and talks to it: seeded → go → result. */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Summary } from '../support/stats.ts';
import { stopChild } from '../support/childProcess.ts';

export interface WorkerResult {
  sent: number;
  delivered: number;
  sentBytes: number;
  /** This process's own CPU from go to result. */
  cpuMs: number;
  latency: Summary;
}

export interface Worker {
  pid: number;
  seeded: Promise<void>;
  go(): void;
  result: Promise<WorkerResult>;
  stop(): Promise<void>;
}

export function startWorker(env: Record<string, string>): Worker {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'bench/load/worker.ts'], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const waitFor = <T>(match: (text: string) => T | undefined): Promise<T> =>
    new Promise((resolve, reject) => {
      const check = () => {
        const found = match(out);
        if (found !== undefined) resolve(found);
      };
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        check();
      });
      check();
      void exited.then((code) => reject(new Error(`load worker exited (${code}): ${err.slice(-2000)}`)));
    });
  const seeded = waitFor((text) => (text.includes('seeded\n') ? true : undefined)).then(() => undefined);
  const result = waitFor((text) => {
    const line = /^result (.+)$/m.exec(text)?.[1];
    return line ? (JSON.parse(line) as WorkerResult) : undefined;
  });
  // Awaited later; a worker that dies early must not count as an unhandled rejection before then.
  for (const promise of [seeded, result]) promise.catch(() => undefined);
  return {
    pid: child.pid ?? 0,
    seeded,
    go: () => child.stdin?.write('go\n'),
    result,
    stop: () => stopChild(child),
  };
}
