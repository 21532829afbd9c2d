import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { CLIENTS_MAP } from '../care/attribution.ts';
import { EDITS_MAP, RESOLUTIONS_MAP } from '../care/editRecords.ts';
import { HISTORY_ARRAY } from '../care/history.ts';
import { isKnownTopLevelName } from './fieldKeys.ts';
import { buildFullyFilledGesprek } from './fixtures/fullyFilledGesprek.ts';
import { writeFollowUpPointer } from './followUpPointers.ts';

describe('the names this version writes', () => {
  it('knows every top-level name of a fully filled gesprek and of the care bookkeeping', () => {
    const doc: Y.Doc = buildFullyFilledGesprek();
    writeFollowUpPointer(doc, { id: 'nieuwGesprekAAAAAAAAAA', roomKey: `${'k'.repeat(42)}A`, createdAt: 1, tablet: 'tablet-a' });
    for (const name of doc.share.keys()) expect(isKnownTopLevelName(name), name).toBe(true);
    for (const name of [CLIENTS_MAP, EDITS_MAP, RESOLUTIONS_MAP, HISTORY_ARRAY]) expect(isKnownTopLevelName(name), name).toBe(true);
  });
});
