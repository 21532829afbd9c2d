/** "Delen als bestand": the whole gesprek sealed with the room key; the room id in clear says which gesprek it is. */
import * as Y from 'yjs';
import { isGesprekId } from '../domain/ids/gesprekId.ts';
import { failure, success, type Problem, type Result } from '../protocol/index.ts';
import { concatBytes, fromUtf8, utf8 } from './bytes.ts';
import { fileAad, openEntry, sealEntry } from './envelope.ts';
import { importRoomKey, roomKeyFromBase64Url } from './roomKey.ts';

// Layout: "GSPK" ‖ format version ‖ room id length ‖ room id (ASCII) ‖ sealed entry.
const MAGIC = utf8('GSPK');
const FORMAT_VERSION = 1;
const MAX_FILE_BYTES = 64 * 1024 * 1024;

export const GESPREK_FILE_EXTENSION = '.gesprek';
export const GESPREK_FILE_TYPE = 'application/octet-stream';

export type FileProblemCode = 'not-a-gesprek-file' | 'newer-version' | 'other-gesprek' | 'damaged-or-wrong-key';
export type FileProblem = Problem<FileProblemCode>;

export async function exportGesprekFile(doc: Y.Doc, roomId: string, roomKey: string): Promise<Uint8Array<ArrayBuffer>> {
  const key = await importKeyText(roomKey);
  const sealed = await sealEntry(key, Y.encodeStateAsUpdate(doc), fileAad(roomId));
  const id = utf8(roomId);
  return concatBytes(MAGIC, Uint8Array.of(FORMAT_VERSION, id.length), id, sealed);
}

/** Read the room id first, so the app can find the key for it (or tell the user to pair first). */
export function readGesprekFileRoomId(file: Uint8Array): Result<string, FileProblemCode> {
  const header = parseHeader(file);
  return header.ok ? success(header.value.roomId) : header;
}

/** The Yjs update to merge with `Y.applyUpdate(doc, update)`, checked to decrypt and to parse. */
export async function openGesprekFile(
  file: Uint8Array,
  roomId: string,
  roomKey: string,
): Promise<Result<Uint8Array, FileProblemCode>> {
  const header = parseHeader(file);
  if (!header.ok) return header;
  if (header.value.roomId !== roomId) return failure('other-gesprek');
  const opened = await openEntry(await importKeyText(roomKey), header.value.sealed, fileAad(roomId));
  if (!opened.ok || !isYjsUpdate(opened.value)) return failure('damaged-or-wrong-key');
  return success(opened.value);
}

function parseHeader(file: Uint8Array): Result<{ roomId: string; sealed: Uint8Array }, FileProblemCode> {
  const notOurs = failure('not-a-gesprek-file');
  if (file.length < MAGIC.length + 2 || file.length > MAX_FILE_BYTES) return notOurs;
  if (MAGIC.some((byte, i) => file[i] !== byte)) return notOurs;
  const version = file[MAGIC.length] ?? 0;
  if (version > FORMAT_VERSION) return failure('newer-version');
  const idLength = file[MAGIC.length + 1] ?? 0;
  const idStart = MAGIC.length + 2;
  let roomId = '';
  try {
    roomId = fromUtf8(file.subarray(idStart, idStart + idLength));
  } catch {
    return notOurs;
  }
  if (version !== FORMAT_VERSION || !isGesprekId(roomId)) return notOurs;
  return success({ roomId, sealed: file.subarray(idStart + idLength) });
}

async function importKeyText(roomKey: string): Promise<CryptoKey> {
  const bytes = roomKeyFromBase64Url(roomKey);
  if (bytes === null) throw new Error('Invalid room key');
  return importRoomKey(bytes);
}

function isYjsUpdate(update: Uint8Array): boolean {
  try {
    Y.applyUpdate(new Y.Doc(), update);
    return true;
  } catch {
    return false;
  }
}
