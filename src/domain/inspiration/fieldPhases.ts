import type { ExampleKind } from './example.ts';
import type { PhaseId } from './phases.ts';

/** The form fields that offer "Inspiratie": chapter 4's three parts, 4.4, 4.5, chapter 5 and chapter 6. */
export type InspirationFieldKind =
  | 'preventie'
  | 'reageren'
  | 'afhandelen'
  | 'evaluatie-incidenten'
  | 'gevolgen'
  | 'samenwerking'
  | 'actie';

const FIELD_PHASES: Readonly<Record<InspirationFieldKind, readonly PhaseId[]>> = {
  preventie: ['preventie', 'signaleren', 'fysieke-omgeving', 'voorlichting'],
  reageren: ['reageren', 'media', 'protocol'],
  afhandelen: ['afhandelen', 'aangifte', 'nazorg', 'registratie-informatie'],
  'evaluatie-incidenten': ['evaluatie'],
  gevolgen: ['evaluatie'],
  samenwerking: ['evaluatie'],
  actie: ['afronden'],
};

/** The phases whose examples fit a field; the dialog's phase chips start with these pressed. */
export function phasesForField(field: InspirationFieldKind): readonly PhaseId[] {
  return FIELD_PHASES[field];
}

/**
 * Kinds shown on top of the field's phases: the action list of chapter 6 also offers every
 * example that is an action, whatever its phase (e.g. "check the building's burglary resistance").
 */
export function kindsForField(field: InspirationFieldKind): readonly ExampleKind[] {
  return field === 'actie' ? ['actie'] : [];
}
