/**
 * The servers P8 loads, each started fresh in its own processes: ours on SQLite (one instance),
 * stock Hocuspocus on SQLite, and ours on two instances sharing PostgreSQL and Redis.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { spawnServer } from '../../server/testing/childServer.ts';
import { spawnTsxServer, stopChild } from '../support/childProcess.ts';
import { BENCH_TMP } from '../support/paths.ts';
import { writeBytesOf } from './procStats.ts';

export type TargetName = 'ours' | 'stock' | 'ours×2';

export interface Target {
  name: TargetName;
  mode: 'ours' | 'stock';
  /** Tablet 0 of each room connects to the first, tablet 1 to the last. */
  urls: string[];
  serverPids: number[];
  /** Bytes written to disk so far by the servers and, for PostgreSQL, by their database backends. */
  diskBytes(): Promise<number>;
  stop(): Promise<void>;
}

const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** The load comes from one address: the per-address limits would refuse it. */
const UNLIMITED = { NEW_ROOMS_PER_IP_PER_HOUR: '100000000', CONNECTIONS_PER_IP: '100000000' };

const serversWrote = (pids: readonly number[]) => pids.reduce((sum, pid) => sum + writeBytesOf(pid), 0);

async function scratchDirs() {
  // On the real disk, not tmpfs: write_bytes counts only what reaches a block device.
  const root = await mkdtemp(join(BENCH_TMP, 'load-'));
  const dataDir = join(root, 'data');
  const staticDir = join(root, 'static');
  await mkdir(staticDir, { recursive: true });
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>load</title>');
  return { root, dataDir, staticDir, cleanup: () => rm(root, { recursive: true, force: true }) };
}

export async function startTarget(name: TargetName): Promise<Target> {
  const dirs = await scratchDirs();
  if (name === 'stock') {
    const { child, port } = await spawnTsxServer('bench/load/stockServer.ts', { DATA_DIR: dirs.dataDir }, /stock (\d+)/);
    const pids = [child.pid ?? 0];
    return {
      name,
      mode: 'stock',
      urls: [`ws://127.0.0.1:${port}`],
      serverPids: pids,
      diskBytes: async () => serversWrote(pids),
      stop: async () => {
        await stopChild(child);
        await dirs.cleanup();
      },
    };
  }
  if (name === 'ours') {
    const server = await spawnServer(dirs, 0, UNLIMITED);
    const pids = [server.child.pid ?? 0];
    return {
      name,
      mode: 'ours',
      urls: [`ws://127.0.0.1:${server.port}/sync`],
      serverPids: pids,
      diskBytes: async () => serversWrote(pids),
      stop: async () => {
        await stopChild(server.child);
        await dirs.cleanup();
      },
    };
  }
  return startScaledOut(dirs);
}

/** Two instances of ours, one PostgreSQL schema of their own (dropped afterwards), the shared Redis. */
async function startScaledOut(dirs: Awaited<ReturnType<typeof scratchDirs>>): Promise<Target> {
  const schema = `gesprek_load_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const databaseUrl = `${DATABASE_URL}${DATABASE_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const env = { ...UNLIMITED, DATABASE_URL: databaseUrl, REDIS_URL };
  const servers = [await spawnServer(dirs, 0, env), await spawnServer(dirs, 0, env)];
  const pids = servers.map((server) => server.child.pid ?? 0);
  const backends = backendWrites(admin);
  return {
    name: 'ours×2',
    mode: 'ours',
    urls: servers.map((server) => `ws://127.0.0.1:${server.port}/sync`),
    serverPids: pids,
    diskBytes: async () => serversWrote(pids) + (await backends.wrote()),
    stop: async () => {
      backends.stop();
      await Promise.all(servers.map((server) => stopChild(server.child)));
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
      await admin.end();
      await dirs.cleanup();
    },
  };
}

/**
 * What the servers' database backends (their own connections; they write the WAL at each commit)
 * wrote since the first call. Polled each second from then on, since a pool closes and opens connections: a
 * backend that started later counts from 0, one that closed keeps what it wrote until last seen.
 */
function backendWrites(admin: pg.Client): { wrote: () => Promise<number>; stop: () => void } {
  const seen = new Map<number, { first: number; last: number }>();
  let started = false;
  const poll = async () => {
    const rows = await admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    for (const { pid } of rows.rows) {
      let bytes: number;
      try {
        bytes = writeBytesOf(pid);
      } catch {
        continue; // closed meanwhile
      }
      const known = seen.get(pid);
      if (known) known.last = bytes;
      else seen.set(pid, { first: started ? 0 : bytes, last: bytes });
    }
    started = true;
  };
  let timer: ReturnType<typeof setInterval> | undefined;
  return {
    wrote: async () => {
      await poll();
      timer ??= setInterval(() => void poll().catch(() => undefined), 1000);
      return [...seen.values()].reduce((sum, { first, last }) => sum + last - first, 0);
    },
    stop: () => clearInterval(timer),
  };
}
