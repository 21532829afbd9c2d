import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newGesprekId } from '../domain/ids/gesprekId.ts';
import { persistDoc } from '../storage/docPersistence.ts';
import { getGesprek } from '../storage/gesprekList.ts';
import { exportGesprekFile, formatPairingLink, newRoomKeyText } from '../sync/index.ts';
import { mergeGesprekFile } from './joinGesprek.ts';
import { pairThenMergeFile } from './pairForFile.ts';

async function fileFromOtherTablet(text: string) {
  const roomId = newGesprekId();
  const roomKey = newRoomKeyText();
  const doc = new Y.Doc();
  doc.getText('samenwerking').insert(0, text);
  return { roomId, link: formatPairingLink('http://localhost', { gesprekId: roomId, roomKey }), file: await exportGesprekFile(doc, roomId, roomKey) };
}

async function storedText(id: string): Promise<string> {
  const doc = new Y.Doc();
  const persistence = persistDoc(id, doc);
  await persistence.loaded;
  const text = doc.getText('samenwerking').toString();
  await persistence.destroy();
  return text;
}

describe('"Bestand openen" on a tablet that never had the gesprek', () => {
  it('asks for the missing step, then pairs with the link and opens the file, without any network', async () => {
    const { roomId, link, file } = await fileFromOtherTablet('Geschreven zonder netwerk.');
    const first = await mergeGesprekFile(file);
    expect(first.ok || first.error.code).toBe('not-paired');

    const result = await pairThenMergeFile(`  ${link}\n`, file);
    expect(result).toEqual({ ok: true, gesprekId: roomId });
    expect((await getGesprek(roomId))?.roomKey).toBeTruthy();
    expect(await storedText(roomId)).toBe('Geschreven zonder netwerk.');
  });

  it('refuses a link of another gesprek and adds nothing', async () => {
    const { file, roomId } = await fileFromOtherTablet('Een');
    const other = await fileFromOtherTablet('Twee');
    const result = await pairThenMergeFile(other.link, file);
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.problem).toEqual({ area: 'mismatch' });
    expect(await getGesprek(other.roomId)).toBeUndefined();
    expect(await getGesprek(roomId)).toBeUndefined();
  });
});
