import type * as Y from 'yjs';
import type { ContactSide } from './fieldKeys.ts';
import { write } from './write.ts';

/** One contact person's "Akkoord": who, when, and the fingerprint of the form they agreed to. */
export interface Confirmation {
  name: string;
  /** Milliseconds since 1970 (the recording tablet's clock). */
  at: number;
  fingerprint: string;
}

export type VaststellingStatus = 'concept' | 'vastgesteld' | 'gewijzigd';

export interface VaststellingView {
  status: VaststellingStatus;
  school?: Confirmation;
  politie?: Confirmation;
  /** When both agreed (the later of the two), for "Vastgesteld op …" and "Gewijzigd na vaststelling op …". */
  agreedAt?: number;
  /** Per side: the confirmation belongs to the form as it is now. */
  current: Record<ContactSide, boolean>;
}

/** A map of its own: confirming never touches the form's fields, so it never changes the fingerprint. */
const MAP_NAME = 'vaststelling';
const AGREED = 'agreed';
const vaststellingMap = (doc: Y.Doc) => doc.getMap<unknown>(MAP_NAME);

function isConfirmation(value: unknown): value is Confirmation {
  const v = value as Partial<Confirmation> | undefined;
  return typeof v?.name === 'string' && typeof v.at === 'number' && typeof v.fingerprint === 'string';
}

function read(doc: Y.Doc, key: string): Confirmation | undefined {
  const value = vaststellingMap(doc).get(key);
  return isConfirmation(value) ? value : undefined;
}

/**
 * "Vastgesteld" while both confirmations carry the form's current fingerprint. Once both have
 * agreed to one version, any other fingerprint means "gewijzigd na vaststelling" until both
 * confirm again; before that, it is a concept.
 */
export function vaststellingView(doc: Y.Doc, fingerprint: string): VaststellingView {
  const school = read(doc, 'school');
  const politie = read(doc, 'politie');
  const agreed = read(doc, AGREED);
  const current = { school: school?.fingerprint === fingerprint, politie: politie?.fingerprint === fingerprint };
  const sides = { ...(school ? { school } : {}), ...(politie ? { politie } : {}) };
  if (school && politie && current.school && current.politie) {
    return { status: 'vastgesteld', ...sides, agreedAt: Math.max(school.at, politie.at), current };
  }
  // The pair once matched: recorded at the confirm that completed it, or seen now (two tablets confirming at once).
  const pairMatched = school && politie && school.fingerprint === politie.fingerprint;
  const agreedAt = agreed?.at ?? (pairMatched ? Math.max(school.at, politie.at) : undefined);
  if (agreedAt !== undefined) return { status: 'gewijzigd', ...sides, agreedAt, current };
  return { status: 'concept', ...sides, current };
}

/** Records one side's "Akkoord"; when the other side agreed to the same version, the pair is remembered. */
export function confirmSide(doc: Y.Doc, side: ContactSide, confirmation: Confirmation): boolean {
  const map = vaststellingMap(doc);
  return write(doc, () => {
    map.set(side, confirmation);
    const other = read(doc, side === 'school' ? 'politie' : 'school');
    if (other?.fingerprint === confirmation.fingerprint) {
      map.set(AGREED, { name: '', at: Math.max(other.at, confirmation.at), fingerprint: confirmation.fingerprint });
    }
  });
}

export function withdrawSide(doc: Y.Doc, side: ContactSide): boolean {
  return write(doc, () => vaststellingMap(doc).delete(side));
}
