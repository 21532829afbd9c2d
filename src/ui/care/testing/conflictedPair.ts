import { writeFieldValue, type FieldValue } from '../../../domain/care/fieldIds.ts';
import { TabletPair, TestClock } from '../../../domain/care/testing/twoTablets.ts';
import { rememberTabletOf } from '../../../state/docTablet.ts';

/**
 * Two tablets that agreed on `start`, then changed `field` apart (A to `a`, a minute later B to
 * `b`) and met again: the field is in conflict on both. Tablet A is "deze tablet", B is Politie.
 */
export function conflictedPair(field: string, a: FieldValue, b: FieldValue, start: FieldValue = 'Frank', seed?: (pair: TabletPair) => void) {
  const clock = new TestClock();
  const pair = new TabletPair(clock);
  rememberTabletOf(pair.a.doc, 'tablet-a');
  pair.connect();
  pair.b.tracker.setRole('politie');
  seed?.(pair);
  writeFieldValue(pair.a.doc, field, start);
  pair.disconnect();
  writeFieldValue(pair.a.doc, field, a);
  clock.advance(60_000);
  writeFieldValue(pair.b.doc, field, b);
  pair.connect();
  return pair;
}
