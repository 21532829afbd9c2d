/**
 * Realistic-ish typing for the history benches: single-character edits, one transaction each, in
 * runs at a caret that jumps now and then, with some backspaces, over a few free-text fields.
 * Seeded, so every run types the same.
 */
import type * as Y from 'yjs';

export const TYPED_FIELDS = ['samenwerking', 'afspraak.1.preventie', 'afspraak.2.reageren', 'gevolgen.tekst', 'persoonlijkeNoot'] as const;

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = 'eeeeeeeeeennnnnnaaaaaattttiiiiirrrrrooooddddsssllggvvkkmmuubbpphhjjcwzfy  ';

/** Makes `count` edits on `doc`, each in its own transaction; returns how many were deletions. */
export function typeEdits(doc: Y.Doc, count: number, seed: number): number {
  const random = seededRandom(seed);
  let field: Y.Text = doc.getText(TYPED_FIELDS[0]);
  let caret = field.length;
  let deletions = 0;
  for (let i = 0; i < count; i++) {
    if (i % 60 === 0) {
      // Now and then: another field, or another place in this one.
      field = doc.getText(TYPED_FIELDS[Math.floor(random() * TYPED_FIELDS.length)] ?? TYPED_FIELDS[0]);
      caret = Math.floor(random() * (field.length + 1));
    }
    caret = Math.min(caret, field.length);
    if (random() < 0.08 && caret > 0) {
      const at = caret - 1;
      doc.transact(() => field.delete(at, 1));
      caret = at;
      deletions++;
    } else {
      const ch = LETTERS[Math.floor(random() * LETTERS.length)] ?? 'e';
      const at = caret;
      doc.transact(() => field.insert(at, ch));
      caret = at + 1;
    }
  }
  return deletions;
}

/** The typed fields' text, to compare two replicas. */
export const typedContent = (doc: Y.Doc): string => TYPED_FIELDS.map((name) => doc.getText(name).toString()).join('\u0000');
