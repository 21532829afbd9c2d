import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldConflicts } from './conflicts.ts';
import { isValueField, readFieldValue, writeFieldValue, type FieldValue } from './fieldIds.ts';
import { keepMerged, keepVersion } from './resolve.ts';
import { TabletPair, TestClock, type TestTablet } from './testing/twoTablets.ts';

const FIELDS = ['action.p1.doorWie', 'persoonlijkeNoot', 'actionMeta.p1#wanneer'] as const;

interface Edit {
  tablet: 0 | 1;
  field: number;
  replace: boolean;
  at: number;
  /** Deliver what is in flight before this edit (live rounds only). */
  deliverFirst: boolean;
}
interface Round {
  apart: boolean;
  edits: Edit[];
  flushTimers: boolean;
  resolver: 0 | 1;
  pick: number;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  tablet: fc.constantFrom(0 as const, 1 as const),
  field: fc.nat(FIELDS.length - 1),
  replace: fc.boolean(),
  at: fc.nat(),
  deliverFirst: fc.boolean(),
});
const round: fc.Arbitrary<Round> = fc.record({
  apart: fc.boolean(),
  edits: fc.array(edit, { minLength: 1, maxLength: 8 }),
  flushTimers: fc.boolean(),
  resolver: fc.constantFrom(0 as const, 1 as const),
  pick: fc.nat(2),
});

let counter = 0;
/** Each edit writes a unique word, so a version that lost a character is visible. */
function applyEdit(tablet: TestTablet, field: string, e: Edit): void {
  const word = `w${++counter}x`;
  if (isValueField(field)) return writeFieldValue(tablet.doc, field, `2026-12-${String((counter % 28) + 1).padStart(2, '0')}/${word}`);
  const text = tablet.doc.getText(field);
  if (e.replace) writeFieldValue(tablet.doc, field, word);
  else text.insert(e.at % (text.length + 1), ` ${word} `);
}

describe('conflicts over random live and apart rounds', () => {
  it('marks exactly the fields both tablets changed apart, with each side\'s version whole, and a choice settles it on both', () => {
    fc.assert(
      fc.property(fc.array(round, { minLength: 1, maxLength: 6 }), (rounds) => {
        const clock = new TestClock();
        const pair = new TabletPair(clock);
        const tablets = [pair.a, pair.b] as const;
        pair.connect();
        for (const r of rounds) {
          const lastSeen = new Map<string, FieldValue>();
          const editedBy = FIELDS.map(() => new Set<number>());
          if (r.apart) pair.disconnect();
          else pair.holdUpdates = true;
          for (const e of r.edits) {
            if (!r.apart && e.deliverFirst) pair.deliver();
            const tablet = tablets[e.tablet];
            const field = FIELDS[e.field]!;
            applyEdit(tablet, field, e);
            editedBy[e.field]!.add(e.tablet);
            lastSeen.set(`${e.tablet}|${field}`, readFieldValue(tablet.doc, field));
            clock.advance(700);
          }
          if (r.flushTimers) tablets.forEach((t) => t.runTimers());
          pair.holdUpdates = false;
          if (r.apart) pair.connect();
          else pair.deliver();

          const expected = FIELDS.filter((_, i) => r.apart && editedBy[i]!.size === 2);
          for (const tablet of tablets) expect(fieldConflicts(tablet.doc).map((c) => c.field).sort()).toEqual([...expected].sort());
          for (const conflict of fieldConflicts(pair.a.doc)) {
            // Nothing lost: each tablet's version is exactly what it had after its own last edit.
            for (const side of [0, 1]) {
              const version = conflict.versions.find((v) => v.tablet === tablets[side]!.name);
              expect(version?.value).toBe(lastSeen.get(`${side}|${conflict.field}`));
            }
          }
          for (const conflict of fieldConflicts(pair.a.doc)) {
            const resolver = tablets[r.resolver];
            const mine = fieldConflicts(resolver.doc).find((c) => c.field === conflict.field)!;
            const merged = r.pick === 2 && !isValueField(conflict.field);
            const chosen = merged ? readFieldValue(resolver.doc, conflict.field) : mine.versions[r.pick % mine.versions.length]!.value;
            if (merged) keepMerged(resolver.doc, mine, resolver.name, clock.now());
            else keepVersion(resolver.doc, mine, chosen, resolver.name, clock.now());
            for (const tablet of tablets) expect(readFieldValue(tablet.doc, conflict.field)).toBe(chosen);
          }
          for (const tablet of tablets) expect(fieldConflicts(tablet.doc)).toEqual([]);
        }
      }),
      { numRuns: 80 },
    );
  });
});
