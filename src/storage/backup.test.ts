import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newGesprekId } from '../domain/ids/gesprekId.ts';
import { backupFileName, combineRecords, exportBackup, importBackup } from './backup.ts';
import { bytesToBase64 } from './backupBase64.ts';
import { backupNoticeText } from '../ui/messages/storage.ts';
import { BACKUP_MAGIC, BACKUP_VERSION, type ParseProblem } from './backupFormat.ts';
import { appDatabase, type GesprekRecord } from './db.ts';
import { persistDoc } from './docPersistence.ts';
import { addGesprek, deleteGesprek, getGesprek, listGesprekken } from './gesprekList.ts';
import { eventually } from '../test/eventually.ts';

const KEY = `${'k'.repeat(42)}A`;
const SCHOOL = 'contact.school.naamSchool';

async function withDoc<T>(id: string, use: (doc: Y.Doc) => T): Promise<T> {
  const doc = new Y.Doc();
  const persistence = persistDoc(id, doc);
  await persistence.loaded;
  const result = use(doc);
  await eventually(() => persistence.status().state === 'saved', 3000, 'saved');
  await persistence.destroy();
  doc.destroy();
  return result;
}

const readText = (id: string, field: string) => withDoc(id, (doc) => doc.getText(field).toString());

async function newStoredGesprek(fields: Record<string, string>, extra: Partial<GesprekRecord> = {}): Promise<string> {
  const id = newGesprekId();
  await addGesprek({ id, schoolName: fields[SCHOOL] ?? '', date: '2026-11-23', createdAt: 1000, updatedAt: 2000, ...extra });
  await withDoc(id, (doc) => {
    for (const [field, value] of Object.entries(fields)) doc.getText(field).insert(0, value);
  });
  return id;
}

/** Every row and every document's state, to prove that a rejected file changed nothing. */
async function snapshot(): Promise<unknown> {
  const rows = await listGesprekken();
  const docs: string[] = [];
  for (const row of rows) docs.push(await withDoc(row.id, (doc) => bytesToBase64(Y.encodeStateAsUpdate(doc))));
  return { rows, docs };
}

beforeEach(async () => {
  for (const row of await listGesprekken()) await deleteGesprek(row.id);
});

describe('backup', () => {
  it('names the file after today, in the tablet’s own date', () => {
    expect(backupFileName(new Date(2026, 10, 23, 23, 30))).toBe('gesprekken-reservekopie-2026-11-23.json');
  });

  it('round trip: export, delete everything, import: every row and every character is back', async () => {
    const a = await newStoredGesprek({ [SCHOOL]: 'Montessori Lyceum Øster', samenwerking: 'Elk kwartaal overleg 🚓' }, { roomKey: KEY });
    const b = await newStoredGesprek({ evaluatie: 'العربية 中文 ελληνικά' });
    const backup = await exportBackup(new Date(2026, 10, 23));
    expect(backup.count).toBe(2);
    expect(backup.fileName).toBe('gesprekken-reservekopie-2026-11-23.json');
    const json = JSON.parse(backup.text) as { magic: string; version: number; note: string };
    expect(json.magic).toBe(BACKUP_MAGIC);
    expect(json.version).toBe(BACKUP_VERSION);
    expect(json.note).toMatch(/sleutels/);

    await deleteGesprek(a);
    await deleteGesprek(b);
    expect(await listGesprekken()).toEqual([]);

    expect(await importBackup(backup.text)).toEqual({ ok: true, value: { added: 2, merged: 0 } });
    expect(await readText(a, 'samenwerking')).toBe('Elk kwartaal overleg 🚓');
    expect(await readText(b, 'evaluatie')).toBe('العربية 中文 ελληνικά');
    const row = await getGesprek(a);
    expect(row?.schoolName).toBe('Montessori Lyceum Øster');
    expect(row?.roomKey).toBe(KEY);
  });

  it('merges with Yjs: newer local edits stay, and edits only the backup has are added', async () => {
    const id = await newStoredGesprek({ samenwerking: 'Overleg.' });
    const old = await exportBackup();

    // After the backup, this tablet types on and renames the school.
    await withDoc(id, (doc) => {
      const text = doc.getText('samenwerking');
      text.insert(text.length, ' Daarna meer.');
      doc.getText(SCHOOL).insert(0, 'Nieuwe naam');
    });
    await appDatabase().gesprekken.update(id, { updatedAt: 9000, schoolName: 'Nieuwe naam' });

    // Meanwhile the backup's copy (another tablet) got an edit of its own.
    const other = new Y.Doc();
    const entry = (JSON.parse(old.text) as { gesprekken: Array<{ doc: string; record: GesprekRecord }> }).gesprekken[0]!;
    Y.applyUpdate(other, Uint8Array.from(atob(entry.doc), (c) => c.charCodeAt(0)));
    other.getText('evaluatie').insert(0, 'Van de andere tablet');
    const file = JSON.parse(old.text) as { gesprekken: Array<{ doc: string; record: GesprekRecord }> };
    file.gesprekken[0]!.doc = bytesToBase64(Y.encodeStateAsUpdate(other));
    file.gesprekken[0]!.record.roomKey = `${'r'.repeat(42)}A`;

    expect(await importBackup(JSON.stringify(file))).toEqual({ ok: true, value: { added: 0, merged: 1 } });
    expect(await readText(id, 'samenwerking')).toBe('Overleg. Daarna meer.');
    expect(await readText(id, 'evaluatie')).toBe('Van de andere tablet');
    const row = await getGesprek(id);
    expect(row?.updatedAt).toBe(9000);
    expect(row?.schoolName).toBe('Nieuwe naam');
    expect(row?.roomKey).toBe(`${'r'.repeat(42)}A`);

    // Importing the same file again changes nothing more.
    expect(await importBackup(JSON.stringify(file))).toEqual({ ok: true, value: { added: 0, merged: 1 } });
    expect(await readText(id, 'samenwerking')).toBe('Overleg. Daarna meer.');
  });

  it('a malformed or foreign file is refused and changes nothing', async () => {
    await newStoredGesprek({ [SCHOOL]: 'Het Baken', samenwerking: 'Blijft zoals het is.' });
    const good = JSON.parse((await exportBackup()).text) as Record<string, unknown> & { gesprekken: Array<Record<string, unknown>> };
    const before = await snapshot();

    const withEntry = (change: (entry: Record<string, unknown>) => void) => {
      const copy = structuredClone(good);
      const second = structuredClone(copy.gesprekken[0]!);
      (second.record as GesprekRecord).id = newGesprekId();
      change(second);
      // The broken entry comes second: nothing of the good first one may be written either.
      copy.gesprekken.push(second);
      return JSON.stringify(copy);
    };
    const incomplete = (() => {
      const base = new Y.Doc();
      base.getText('x').insert(0, 'basis');
      const later = new Y.Doc();
      Y.applyUpdate(later, Y.encodeStateAsUpdate(base));
      later.getText('x').insert(5, ' en meer');
      return bytesToBase64(Y.encodeStateAsUpdate(later, Y.encodeStateVector(base)));
    })();

    const cases: Array<[string, string, string]> = [
      ['not JSON', 'dit is geen json {', 'not-a-backup'],
      ['a PDF', '%PDF-1.7\n%âãÏÓ', 'not-a-backup'],
      ['JSON of something else', JSON.stringify({ name: 'package', version: 1 }), 'not-a-backup'],
      ['wrong magic', JSON.stringify({ ...good, magic: 'iets-anders' }), 'not-a-backup'],
      ['a newer version', JSON.stringify({ ...good, version: BACKUP_VERSION + 1 }), 'newer-version'],
      ['no list', JSON.stringify({ ...good, gesprekken: 'geen' }), 'damaged'],
      ['bad base64', withEntry((e) => (e.doc = '@@niet base64@@')), 'damaged'],
      ['unpadded base64', withEntry((e) => (e.doc = 'AAA')), 'damaged'],
      ['corrupt Yjs update', withEntry((e) => (e.doc = bytesToBase64(new Uint8Array([255, 255, 255, 255, 1, 2, 3])))), 'damaged'],
      ['an update that needs missing history', withEntry((e) => (e.doc = incomplete)), 'damaged'],
      ['a bad gesprek id', withEntry((e) => ((e.record as GesprekRecord).id = '../../etc')), 'damaged'],
      ['a row without dates', withEntry((e) => delete (e.record as Partial<GesprekRecord>).updatedAt), 'damaged'],
      ['an unknown route', withEntry((e) => ((e.record as Record<string, unknown>).route = '9')), 'damaged'],
      ['a route inherited from Object', withEntry((e) => ((e.record as Record<string, unknown>).route = 'toString')), 'damaged'],
      ['negative unsent changes', withEntry((e) => ((e.record as Record<string, unknown>).unsentChanges = -1)), 'damaged'],
      ['unsent changes as text', withEntry((e) => ((e.record as Record<string, unknown>).unsentChanges = '3')), 'damaged'],
      ['a room key that is no key', withEntry((e) => ((e.record as Record<string, unknown>).roomKey = 'kort')), 'damaged'],
      ['an alternative key that is no key', withEntry((e) => ((e.record as Record<string, unknown>).alternativeRoomKeys = [KEY, `${KEY}x`])), 'damaged'],
      ['an unknown vaststelling', withEntry((e) => ((e.record as Record<string, unknown>).vaststelling = 'misschien')), 'damaged'],
      ['a version that is no number', JSON.stringify({ ...good, version: '1' }), 'damaged'],
      ['an entry without its document', withEntry((e) => delete e.doc), 'damaged'],
    ];
    for (const [name, text, problem] of cases) {
      const result = await importBackup(text);
      expect(result, name).toEqual({ ok: false, error: { code: problem } });
      // What the backup panel then says: plain Dutch, and that nothing changed.
      expect(backupNoticeText({ code: problem as ParseProblem }), name).toMatch(/Er is niets veranderd\./);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('combineRecords', () => {
  const row = (over: Partial<GesprekRecord>): GesprekRecord => ({ id: 'a'.repeat(22), schoolName: '', date: '', createdAt: 10, updatedAt: 20, ...over });

  it('keeps the newer row, the earliest creation, the latest sync and any room key', () => {
    const local = row({ schoolName: 'Lokaal', updatedAt: 50, lastSyncedAt: 40 });
    const incoming = row({ schoolName: 'Backup', updatedAt: 30, createdAt: 5, roomKey: KEY, lastSyncedAt: 45 });
    expect(combineRecords(local, incoming)).toEqual(row({ schoolName: 'Lokaal', updatedAt: 50, createdAt: 5, roomKey: KEY, lastSyncedAt: 45 }));
  });

  it('asks for first-time meta only if neither side has written it', () => {
    expect(combineRecords(row({ needsInit: true }), row({ needsInit: true })).needsInit).toBe(true);
    expect(combineRecords(row({ needsInit: true }), row({})).needsInit).toBeUndefined();
    expect(combineRecords(undefined, row({ needsInit: true })).needsInit).toBe(true);
  });

  it('never replaces the key this tablet has: a different key from the backup becomes an alternative', () => {
    const other = `${'o'.repeat(42)}A`;
    const local = row({ updatedAt: 10, roomKey: KEY, roomVersion: 2 });
    const newerBackup = row({ updatedAt: 99, roomKey: other });
    const combined = combineRecords(local, newerBackup);
    expect(combined.roomKey).toBe(KEY);
    expect(combined.alternativeRoomKeys).toEqual([other]);
    expect(combined.roomVersion).toBe(2);
    expect(combineRecords(row({}), newerBackup).roomKey).toBe(other); // no key here yet: the backup's is the key
    expect(combineRecords(local, row({ roomKey: KEY })).alternativeRoomKeys).toBeUndefined();
  });

  it('keeps unsent changes through a restore', () => {
    expect(combineRecords(row({ unsentChanges: 2 }), row({ updatedAt: 99 })).unsentChanges).toBe(2);
    expect(combineRecords(undefined, row({ unsentChanges: 5 })).unsentChanges).toBe(5);
  });
});

describe('restore keeps what sync needs', () => {
  it('brings back unsent changes and the alternative keys from the file', async () => {
    const other = `${'o'.repeat(42)}A`;
    const id = await newStoredGesprek({ samenwerking: 'x' }, { roomKey: KEY, unsentChanges: 3, alternativeRoomKeys: [other] });
    const backup = await exportBackup();
    await deleteGesprek(id);
    expect(await importBackup(backup.text)).toEqual({ ok: true, value: { added: 1, merged: 0 } });
    const restored = await getGesprek(id);
    expect(restored).toMatchObject({ roomKey: KEY, unsentChanges: 3, alternativeRoomKeys: [other] });
  });

  it('round trip keeps every field of the row the document does not derive again', async () => {
    const row: Omit<GesprekRecord, 'id' | 'schoolName' | 'date' | 'createdAt' | 'updatedAt'> = {
      roomKey: KEY,
      roomVersion: 2,
      alternativeRoomKeys: [`${'o'.repeat(42)}A`],
      lastSyncedAt: 1500,
      unsentChanges: 7,
      needsInit: true,
      vaststelling: 'gewijzigd',
      vastgesteldOp: '2026-11-20',
    };
    const id = await newStoredGesprek({ samenwerking: 'x' }, row);
    const before = await getGesprek(id);
    const backup = await exportBackup();
    await deleteGesprek(id);
    expect(await importBackup(backup.text)).toEqual({ ok: true, value: { added: 1, merged: 0 } });
    expect(await getGesprek(id)).toEqual(before);
    expect(before).toMatchObject(row);
  });
});
