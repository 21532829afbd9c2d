import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newGesprekId } from '../domain/ids/gesprekId.ts';
import { exportGesprekFile, openGesprekFile, readGesprekFileRoomId } from './fileExchange.ts';
import { newRoomKeyText } from './newRoomKeyText.ts';

const SCHOOL = 'Montessori Lyceum Zuidoost';

async function exported() {
  const roomId = newGesprekId();
  const roomKey = newRoomKeyText();
  const doc = new Y.Doc();
  doc.getText('school').insert(0, SCHOOL);
  doc.getArray('acties').push(['Wijkagent belt ouders']);
  return { roomId, roomKey, doc, file: await exportGesprekFile(doc, roomId, roomKey) };
}

describe('file exchange', () => {
  it('exports ciphertext that the other tablet merges into its own edits', async () => {
    const { roomId, roomKey, file } = await exported();
    expect(Buffer.from(file).includes(SCHOOL)).toBe(false);
    expect(readGesprekFileRoomId(file)).toEqual({ ok: true, value: roomId });
    const other = new Y.Doc();
    other.getArray('acties').push(['School informeert team']);
    const opened = await openGesprekFile(file, roomId, roomKey);
    expect(opened.ok).toBe(true);
    if (opened.ok) Y.applyUpdate(other, opened.value);
    expect(other.getText('school').toString()).toBe(SCHOOL);
    expect(other.getArray('acties').length).toBe(2);
  });

  it('says which problem a bad file has, as a code', async () => {
    const { roomId, roomKey, file } = await exported();
    const code = async (bytes: Uint8Array, id = roomId, key = roomKey) => {
      const opened = await openGesprekFile(bytes, id, key);
      return opened.ok ? 'ok' : opened.error.code;
    };
    expect(await code(new TextEncoder().encode('%PDF-1.7 geen gesprek'))).toBe('not-a-gesprek-file');
    expect(await code(new Uint8Array(0))).toBe('not-a-gesprek-file');
    expect(await code(file, newGesprekId())).toBe('other-gesprek');
    expect(await code(file, roomId, newRoomKeyText())).toBe('damaged-or-wrong-key');
    const tampered = file.slice();
    tampered[tampered.length - 5] = (tampered[tampered.length - 5] ?? 0) ^ 1;
    expect(await code(tampered)).toBe('damaged-or-wrong-key');
    expect(await code(file.subarray(0, 40))).toBe('damaged-or-wrong-key');
    const newer = file.slice();
    newer[4] = 9;
    expect(await code(newer)).toBe('newer-version');
  });
});
