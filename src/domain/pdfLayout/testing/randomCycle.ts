import fc from 'fast-check';
import type { CycleSnapshot } from '../../form/cycleSnapshot.ts';

const text = fc.oneof(fc.constant(''), fc.string({ unit: 'grapheme', maxLength: 80 }), fc.constantFrom('Łukasz Dvořák', 'Thi Nguyễn'));
const confirmation = fc.record({ name: text, at: fc.integer({ min: 1.7e12, max: 1.9e12 }), fingerprint: fc.constant('f') });

/** Random cycle parts (next meeting, vaststelling, predecessor, reviewed agreements) for property tests. */
export const randomCycle: fc.Arbitrary<CycleSnapshot> = fc.record({
  nextMeeting: fc.record({ datum: fc.constantFrom('', '2027-03-15'), tijd: fc.constantFrom('', '14:30'), plaats: text, watDoen: text }),
  predecessor: fc.record({ id: fc.uuid(), datum: fc.constantFrom('', '2026-03-03') }),
  previousAgreements: fc.array(
    fc.record({
      id: fc.uuid(),
      theme: text,
      parts: fc.record({ preventie: text, reageren: text, afhandelen: text }),
      nagekomen: fc.constantFrom('ja' as const, 'deels' as const, 'nee' as const),
      note: text,
    }, { requiredKeys: ['id', 'theme', 'parts', 'note'] }),
    { maxLength: 4 },
  ),
  vaststelling: fc.record({
    status: fc.constantFrom('concept' as const, 'vastgesteld' as const, 'gewijzigd' as const),
    school: confirmation,
    politie: confirmation,
    agreedAt: fc.integer({ min: 1.7e12, max: 1.9e12 }),
    current: fc.record({ school: fc.boolean(), politie: fc.boolean() }),
  }, { requiredKeys: ['status', 'current'] }),
}, { requiredKeys: ['nextMeeting', 'previousAgreements', 'vaststelling'] });
