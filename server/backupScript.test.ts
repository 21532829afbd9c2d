import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newGesprekId } from '../src/domain/ids/gesprekId.ts';
import { newRoomKeyText } from '../src/sync/index.ts';
import { eventually } from '../src/test/eventually.ts';
import { connectClient, isSynced, makeTestDirs, startTestServer, type TestDirs } from './testing/testServer.ts';
import { STORED_ROWS } from './testing/storedRows.ts';

let dirs: TestDirs;
beforeAll(async () => {
  dirs = await makeTestDirs();
});
afterAll(() => dirs.cleanup());

describe('deploy/backup-sqlite.sh', () => {
  it('copies a running instance’s store, and a server started on the copy serves what was written', async () => {
    const running = await startTestServer(dirs);
    const roomId = newGesprekId();
    const key = newRoomKeyText();
    const writer = await connectClient(running.url, roomId, key);
    writer.doc.getText('school').insert(0, 'Het Baken');
    await eventually(() => isSynced(writer), 10_000, 'synced');
    // "Synced" means stored (group commit); back up once the room is in the file.
    const rooms = () => execFileSync('sqlite3', [join(dirs.dataDir, 'sync.sqlite'), `SELECT count(DISTINCT room) FROM ${STORED_ROWS};`], { encoding: 'utf8' }).trim();
    await eventually(() => rooms() === '1', 10_000, 'room stored');

    const backups = join(dirs.dataDir, '..', 'backups');
    const printed = execFileSync('sh', ['deploy/backup-sqlite.sh', dirs.dataDir, backups], { encoding: 'utf8' }).trim();
    expect(readdirSync(backups)).toEqual([printed.split('/').pop()]);
    writer.sync.destroy();
    await running.stop();

    const restored = await makeTestDirs();
    try {
      mkdirSync(restored.dataDir, { recursive: true });
      copyFileSync(printed, join(restored.dataDir, 'sync.sqlite'));
      const server = await startTestServer(restored);
      const reader = await connectClient(server.url, roomId, key);
      await eventually(() => reader.doc.getText('school').toString() === 'Het Baken', 10_000, 'restored text arrives');
      reader.sync.destroy();
      await server.stop();
    } finally {
      await restored.cleanup();
    }
  });
});
