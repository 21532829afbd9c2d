import * as v from 'valibot';
import * as Y from 'yjs';
import { failure, success, type Result } from '../protocol/index.ts';
import { base64ToBytes, bytesToBase64 } from './backupBase64.ts';
import { gesprekRecordSchema, type GesprekRecord } from './gesprekRecordSchema.ts';

/** The backup file: one JSON document with every gesprek's list row and its whole Y.Doc. */
export const BACKUP_MAGIC = 'gesprek-school-politie-reservekopie';
export const BACKUP_FORMAT = 'application/vnd.gesprek-school-politie.reservekopie+json';
export const BACKUP_VERSION = 1;

export const BACKUP_NOTE =
  'Reservekopie van Gesprek school & politie. Dit bestand bevat alles wat op de tablet is ingevuld, ' +
  'ook de sleutels waarmee de gesprekken met de andere tablet worden gekoppeld. Bewaar het veilig en deel het niet.';

/** Checked in steps, so a foreign file, a newer one and a damaged one each get their own message. */
const backupHeaderSchema = v.looseObject({ magic: v.literal(BACKUP_MAGIC) });
const versionSchema = v.looseObject({ version: v.pipe(v.number(), v.integer(), v.minValue(1)) });

/** Y.encodeStateAsUpdate of a gesprek's document as canonical base64, decoded and checked complete. */
const docStateSchema = v.pipe(
  v.string(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const bytes = base64ToBytes(dataset.value);
    if (bytes) return bytes;
    addIssue({ message: 'not canonical base64' });
    return NEVER;
  }),
  v.check(isCompleteYjsState, 'not a complete Yjs state'),
);

const backupFileSchema = v.object({
  magic: v.literal(BACKUP_MAGIC),
  format: v.exactOptional(v.literal(BACKUP_FORMAT)),
  version: v.literal(BACKUP_VERSION),
  createdAt: v.exactOptional(v.string()),
  note: v.exactOptional(v.string()),
  gesprekken: v.array(v.object({ record: gesprekRecordSchema, doc: docStateSchema })),
});

/** The file as written: every row as stored, its document as base64. */
export type BackupFileJson = Required<v.InferInput<typeof backupFileSchema>>;

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
  if (!v.is(backupHeaderSchema, json)) return failure('not-a-backup');
  const version = v.safeParse(versionSchema, json);
  if (!version.success) return failure('damaged');
  if (version.output.version > BACKUP_VERSION) return failure('newer-version');
  const file = v.safeParse(backupFileSchema, json);
  if (!file.success) return failure('damaged');
  return success(file.output.gesprekken.map(({ record, doc }) => ({ record, update: doc })));
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

