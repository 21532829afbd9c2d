/**
 * The shipped deploy/Caddyfile, run for a test: the same site block, with `tls internal` (Caddy's
 * own local CA, kept in a temp folder), free high ports, no admin endpoint, and the test's
 * instances as upstreams. Every substitution must match, so the test fails when the file changes shape.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './appServer.ts';

export interface RunningCaddy {
  /** `https://localhost:<port>` */
  origin: string;
  httpsPort: number;
  /** The local CA's root certificate: a client that trusts it verifies Caddy's certificate for real. */
  rootCa(): Buffer;
  stop(): Promise<void>;
}

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`deploy/Caddyfile no longer contains "${from}"`);
  return text.replace(from, to);
}

export function testCaddyfile(shipped: string, options: { httpPort: number; httpsPort: number; storage: string; upstreams: string[] }): string {
  let text = replaceOnce(shipped, '{\n', `{\n\tadmin off\n\thttp_port ${options.httpPort}\n\thttps_port ${options.httpsPort}\n\tstorage file_system ${options.storage}\n\tskip_install_trust\n`);
  text = replaceOnce(text, 'gesprek.example.nl {\n', 'localhost {\n\ttls internal\n');
  return replaceOnce(text, 'reverse_proxy 127.0.0.1:8080 {', `reverse_proxy ${options.upstreams.join(' ')} {`);
}

export async function startCaddy(upstreams: string[]): Promise<RunningCaddy> {
  const dir = mkdtempSync(join(tmpdir(), 'gesprek-caddy-'));
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const storage = join(dir, 'data');
  const config = join(dir, 'Caddyfile');
  writeFileSync(config, testCaddyfile(readFileSync('deploy/Caddyfile', 'utf8'), { httpPort, httpsPort, storage, upstreams }));
  const child = spawn('caddy', ['run', '--config', config, '--adapter', 'caddyfile'], {
    env: { ...process.env, HOME: dir, XDG_DATA_HOME: join(dir, 'xdg-data'), XDG_CONFIG_HOME: join(dir, 'xdg-config') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const rootCa = () => readFileSync(join(storage, 'pki', 'authorities', 'local', 'root.crt'));
  await waitForCaddy(child, httpsPort, rootCa, () => output);
  return {
    origin: `https://localhost:${httpsPort}`,
    httpsPort,
    rootCa,
    stop: () => stopProcess(child),
  };
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  return exited;
}

async function waitForCaddy(child: ChildProcess, port: number, rootCa: () => Buffer, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`caddy exited (${child.exitCode}):\n${output()}`);
    const status = await new Promise<number>((resolve) => {
      let ca: Buffer;
      try {
        ca = rootCa();
      } catch {
        return resolve(0);
      }
      request({ host: 'localhost', port, path: '/healthz', ca, family: 4 }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', () => resolve(0))
        .end();
    });
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  await stopProcess(child);
  throw new Error(`caddy did not serve https://localhost:${port}/healthz within 30 s:\n${output()}`);
}
