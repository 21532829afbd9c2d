/** Test helpers: a real server on port 0 with temp dirs, and real encrypted clients over `ws`. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startEncryptedSync, type CompactionLimits, type EncryptedSync, type EncryptedSyncOptions } from '../../src/sync/index.ts';
import type { SyncLimits } from '../limits.ts';
import { startServer, type RunningServer } from '../startServer.ts';

export interface TestDirs {
  dataDir: string;
  staticDir: string;
  cleanup(): Promise<void>;
}

export async function makeTestDirs(): Promise<TestDirs> {
  const root = await mkdtemp(join(tmpdir(), 'gesprek-sync-'));
  const dataDir = join(root, 'data');
  const staticDir = join(root, 'static');
  await mkdir(staticDir);
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Gesprek</title>');
  return { dataDir, staticDir, cleanup: () => rm(root, { recursive: true, force: true }) };
}

export async function startTestServer(
  dirs: TestDirs,
  port = 0,
  limits: Partial<SyncLimits> = {},
): Promise<RunningServer & { url: string; logs: string[] }> {
  const logs: string[] = [];
  const server = await startServer(
    { port, dataDir: dirs.dataDir, staticDir: dirs.staticDir },
    { limits, log: (line) => logs.push(line) },
  );
  return { ...server, url: `ws://127.0.0.1:${server.port}/sync`, logs };
}

export interface TestClient {
  doc: Y.Doc;
  sync: EncryptedSync;
}

/** `_gesprekId` names the gesprek locally only: the sync room is derived from the key. */
export async function connectClient(
  url: string,
  _gesprekId: string,
  roomKey: string,
  doc = new Y.Doc(),
  compaction: Partial<CompactionLimits> = {},
  more: Pick<EncryptedSyncOptions, 'pendingAtStart' | 'legacyRoomId' | 'onLegacyRead'> = {},
): Promise<TestClient> {
  const sync = await startEncryptedSync({
    ...more,
    doc,
    roomKey,
    url,
    WebSocketPolyfill: WebSocket,
    reconnectDelay: { min: 100, max: 400 },
    compaction,
  });
  return { doc, sync };
}

export const isSynced = (client: TestClient): boolean => client.sync.getStatus().synced;
