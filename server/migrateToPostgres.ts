/**
 * Moves a SQLite store (`sync.sqlite`) into PostgreSQL, in one transaction: every room's append
 * log, its pre-log state and its legacy access row. Idempotent: a room PostgreSQL already holds
 * (the same rows, or compacted since by a server on PostgreSQL) is left as it is. A room for which
 * PostgreSQL holds different data, or a different token hash, refuses the whole migration:
 * nothing is written. See docs/deployment.md, "From SQLite to PostgreSQL".
 */
import pg from 'pg';
import { logContains } from './logContains.ts';
import { PostgresStore } from './postgresStore.ts';
import { SqliteSource, type SourceRoom } from './sqliteSource.ts';

/** Any fixed number: two migrations into one database run one after the other. */
const MIGRATION_LOCK = 0x6d696772;

export interface MigrationResult {
  rooms: number;
  /** Rooms that got rows (new in PostgreSQL). */
  moved: number;
  /** Rooms PostgreSQL already held in full. */
  alreadyThere: number;
  logRows: number;
  envelopes: number;
  accessRows: number;
}

/** The target holds other data for `rooms` of the source's rooms; nothing was written. */
export class MigrationConflict extends Error {
  constructor(
    readonly rooms: number,
    readonly total: number,
  ) {
    super(`PostgreSQL holds different data for ${rooms} of ${total} rooms`);
  }
}

interface TargetRoom {
  updates: Buffer[];
  tokenHash: Buffer | null;
}

export async function migrateToPostgres(sqlitePath: string, databaseUrl: string): Promise<MigrationResult> {
  const source = new SqliteSource(sqlitePath);
  try {
    // Creates the tables exactly as a server on PostgreSQL would.
    await (await PostgresStore.open(databaseUrl, () => {})).close();
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return await migrateRooms(source, client);
    } finally {
      await client.end();
    }
  } finally {
    source.close();
  }
}

async function migrateRooms(source: SqliteSource, client: pg.Client): Promise<MigrationResult> {
  const rooms = source.rooms();
  const result: MigrationResult = { rooms: rooms.length, moved: 0, alreadyThere: 0, logRows: 0, envelopes: 0, accessRows: 0 };
  let conflicts = 0;
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    for (const name of rooms) {
      const room = source.read(name);
      const target = await readTarget(client, name);
      const sourceUpdates = [...(room.envelope ? [room.envelope.state] : []), ...room.log];
      const logConflict = target.updates.length > 0 && !logContains(target.updates, sourceUpdates);
      const accessConflict = room.access !== null && target.tokenHash !== null && !room.access.tokenHash.equals(target.tokenHash);
      if (logConflict || accessConflict) {
        conflicts++;
        continue;
      }
      if (conflicts > 0) continue; // everything is rolled back anyway: only count
      const copyLog = target.updates.length === 0 && sourceUpdates.length > 0;
      const copyAccess = room.access !== null && target.tokenHash === null;
      if (copyLog) await insertLog(client, room, result);
      if (copyAccess) await insertAccess(client, room, result);
      if (copyLog || copyAccess) result.moved++;
      else result.alreadyThere++;
    }
    if (conflicts > 0) throw new MigrationConflict(conflicts, rooms.length);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function readTarget(client: pg.Client, room: string): Promise<TargetRoom> {
  const log = await client.query<{ update: Buffer }>(
    `SELECT state AS "update", 0 AS part, 0::bigint AS seq FROM gesprek_envelopes WHERE room = $1
     UNION ALL SELECT "update", 1, seq FROM gesprek_room_log WHERE room = $1 ORDER BY part, seq`,
    [room],
  );
  const access = await client.query<{ token_hash: Buffer }>('SELECT token_hash FROM gesprek_room_access WHERE room = $1', [room]);
  return { updates: log.rows.map((row) => row.update), tokenHash: access.rows[0]?.token_hash ?? null };
}

async function insertLog(client: pg.Client, room: SourceRoom, result: MigrationResult): Promise<void> {
  if (room.envelope) {
    await client.query('INSERT INTO gesprek_envelopes (room, state, updated_at) VALUES ($1, $2, to_timestamp($3::double precision / 1000))', [
      room.room,
      room.envelope.state,
      room.envelope.updatedAt,
    ]);
    result.envelopes++;
  }
  if (room.log.length === 0) return;
  // WITH ORDINALITY ... ORDER BY: the rows get their sequence numbers in the source's order.
  await client.query(
    'INSERT INTO gesprek_room_log (room, "update") SELECT $1, u FROM unnest($2::bytea[]) WITH ORDINALITY AS t(u, n) ORDER BY n',
    [room.room, room.log],
  );
  result.logRows += room.log.length;
}

async function insertAccess(client: pg.Client, room: SourceRoom, result: MigrationResult): Promise<void> {
  if (!room.access) return;
  await client.query('INSERT INTO gesprek_room_access (room, token_hash, created_at) VALUES ($1, $2, to_timestamp($3::double precision / 1000))', [
    room.room,
    room.access.tokenHash,
    room.access.createdAt,
  ]);
  result.accessRows++;
}
