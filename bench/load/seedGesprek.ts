/**
 * The gesprek every load room starts with: the fully filled test gesprek plus typed history, so
 * its Yjs state is ~35 kB, as a gesprek is after a conversation. Deterministic (seeded typing).
 */
import * as Y from 'yjs';
import { buildFullyFilledGesprek } from '../../src/domain/form/fixtures/fullyFilledGesprek.ts';
import { typeEdits } from '../support/offlineEdits.ts';

export const SEED_BYTES = 35_000;

/** The gesprek's whole state as one Yjs update of about SEED_BYTES. */
export function seedGesprekUpdate(): Uint8Array {
  const doc = buildFullyFilledGesprek();
  let seed = 1;
  while (Y.encodeStateAsUpdate(doc).length < SEED_BYTES) typeEdits(doc, 500, seed++);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
