import type { CycleSnapshot } from '../form/cycleSnapshot.ts';
import { formatDutchDate, todayIso } from '../format/dutchDate.ts';

/** "1 december 2026, 20:15" in the tablet's own time zone. */
export function dutchDateTime(ms: number): string {
  const d = new Date(ms);
  return `${formatDutchDate(todayIso(d))}, ${d.toTimeString().slice(0, 5)}`;
}

/** "Concept", or "Vastgesteld op … door … (school) en … (politie)": whether this printout is the final one. */
export function statusText({ vaststelling: v }: Pick<CycleSnapshot, 'vaststelling'>): string {
  if (v.status === 'vastgesteld' && v.school && v.politie && v.agreedAt !== undefined) {
    const who = (name: string, side: string) => (name.trim() ? `${name.trim()} (${side})` : side);
    return `Vastgesteld op ${formatDutchDate(todayIso(new Date(v.agreedAt)))} door ${who(v.school.name, 'school')} en ${who(v.politie.name, 'politie')}`;
  }
  if (v.status === 'gewijzigd' && v.agreedAt !== undefined) {
    return `Concept: gewijzigd na vaststelling op ${formatDutchDate(todayIso(new Date(v.agreedAt)))}`;
  }
  return 'Concept';
}

/** "Vorig gesprek: 3 maart 2026". */
export function predecessorText(cycle: Pick<CycleSnapshot, 'predecessor'>): string | undefined {
  const from = cycle.predecessor;
  if (!from) return undefined;
  return from.datum ? `Vorig gesprek: ${formatDutchDate(from.datum)}` : 'Vorig gesprek: zonder datum';
}
