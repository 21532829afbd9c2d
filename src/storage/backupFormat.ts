import * as Y from 'yjs';
import { OUTCOMES, type RouteId } from '../domain/flowchart/navigate.ts';
import { isGesprekId } from '../domain/ids/gesprekId.ts';
import { failure, isRoomKeyText, success, type Result } from '../protocol/index.ts';
import { base64ToBytes, bytesToBase64 } from './backupBase64.ts';
import type { GesprekRecord } from './db.ts';

/** The backup file: one JSON document with every gesprek's list row and its whole Y.Doc. */
export const BACKUP_MAGIC = 'gesprek-school-politie-reservekopie';
export const BACKUP_FORMAT = 'application/vnd.gesprek-school-politie.reservekopie+json';
export const BACKUP_VERSION = 1;

export const BACKUP_NOTE =
  'Reservekopie van Gesprek school & politie. Dit bestand bevat alles wat op de tablet is ingevuld, ' +
  'ook de sleutels waarmee de gesprekken met de andere tablet worden gekoppeld. Bewaar het veilig en deel het niet.';

export interface BackupEntryJson {
  record: GesprekRecord;
  /** Y.encodeStateAsUpdate of the gesprek's document, base64. */
  doc: string;
}

export interface BackupFileJson {
  magic: typeof BACKUP_MAGIC;
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  note: string;
  gesprekken: BackupEntryJson[];
}

export interface BackupEntry {
  record: GesprekRecord;
  update: Uint8Array;
}

export type ParseProblem = 'not-a-backup' | 'newer-version' | 'damaged';
export type ParsedBackup = Result<BackupEntry[], ParseProblem>;

export function encodeBackup(entries: BackupEntry[], now: Date): string {
  const file: BackupFileJson = {
    magic: BACKUP_MAGIC,
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now.toISOString(),
    note: BACKUP_NOTE,
    gesprekken: entries.map(({ record, update }) => ({ record, doc: bytesToBase64(update) })),
  };
  return JSON.stringify(file);
}

/**
 * Reads and checks a whole backup before anything is written: JSON, magic, version, every row,
 * and every document update applied to a scratch Y.Doc (a corrupt update throws or leaves
 * missing pieces, which a complete state never does).
 */
export function parseBackup(text: string): ParsedBackup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return failure('not-a-backup');
  }
  if (!isObject(json) || json.magic !== BACKUP_MAGIC) return failure('not-a-backup');
  if (typeof json.version !== 'number' || !Number.isInteger(json.version) || json.version < 1) return failure('damaged');
  if (json.version > BACKUP_VERSION) return failure('newer-version');
  if (!Array.isArray(json.gesprekken)) return failure('damaged');
  const entries: BackupEntry[] = [];
  for (const item of json.gesprekken as unknown[]) {
    const entry = parseEntry(item);
    if (!entry) return failure('damaged');
    entries.push(entry);
  }
  return success(entries);
}

function parseEntry(item: unknown): BackupEntry | undefined {
  if (!isObject(item) || typeof item.doc !== 'string') return undefined;
  const record = parseRecord(item.record);
  const update = base64ToBytes(item.doc);
  if (!record || !update || !isCompleteYjsState(update)) return undefined;
  return { record, update };
}

function parseRecord(value: unknown): GesprekRecord | undefined {
  if (!isObject(value)) return undefined;
  const { id, schoolName, date, createdAt, updatedAt, route, routeLabel, roomKey, roomVersion, alternativeRoomKeys, lastSyncedAt, unsentChanges, needsInit } = value;
  if (typeof id !== 'string' || !isGesprekId(id)) return undefined;
  if (typeof schoolName !== 'string' || typeof date !== 'string') return undefined;
  if (!isTime(createdAt) || !isTime(updatedAt)) return undefined;
  if (route !== undefined && !(typeof route === 'string' && route in OUTCOMES)) return undefined;
  if (routeLabel !== undefined && typeof routeLabel !== 'string') return undefined;
  if (roomKey !== undefined && !isRoomKeyText(roomKey)) return undefined;
  if (roomVersion !== undefined && roomVersion !== 2) return undefined;
  if (alternativeRoomKeys !== undefined && !(Array.isArray(alternativeRoomKeys) && alternativeRoomKeys.length <= 16 && alternativeRoomKeys.every(isRoomKeyText))) {
    return undefined;
  }
  if (unsentChanges !== undefined && !(Number.isSafeInteger(unsentChanges) && (unsentChanges as number) >= 0)) return undefined;
  if (lastSyncedAt !== undefined && !isTime(lastSyncedAt)) return undefined;
  if (needsInit !== undefined && typeof needsInit !== 'boolean') return undefined;
  return {
    id,
    schoolName,
    date,
    createdAt,
    updatedAt,
    ...(route !== undefined ? { route: route as RouteId } : {}),
    ...(routeLabel !== undefined ? { routeLabel } : {}),
    ...(roomKey !== undefined ? { roomKey } : {}),
    ...(roomVersion === 2 ? { roomVersion } : {}),
    ...(alternativeRoomKeys !== undefined ? { alternativeRoomKeys: [...(alternativeRoomKeys as string[])] } : {}),
    ...(unsentChanges !== undefined ? { unsentChanges: unsentChanges as number } : {}),
    ...(lastSyncedAt !== undefined ? { lastSyncedAt } : {}),
    ...(needsInit !== undefined ? { needsInit } : {}),
  };
}

function isCompleteYjsState(update: Uint8Array): boolean {
  const scratch = new Y.Doc();
  try {
    Y.applyUpdate(scratch, update);
    return scratch.store.pendingStructs === null && scratch.store.pendingDs === null;
  } catch {
    return false;
  } finally {
    scratch.destroy();
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
