/** The steps of the work on one safety theme that an example belongs to, in the guide's order. */
export const PHASE_IDS = [
  'preventie',
  'signaleren',
  'fysieke-omgeving',
  'voorlichting',
  'reageren',
  'media',
  'protocol',
  'afhandelen',
  'aangifte',
  'nazorg',
  'registratie-informatie',
  'evaluatie',
  'afronden',
] as const;

export type PhaseId = (typeof PHASE_IDS)[number];

/** Dutch display labels, as shown on the filter chips and under each example. */
export const PHASE_LABELS: Readonly<Record<PhaseId, string>> = {
  preventie: 'Preventie',
  signaleren: 'Signaleren',
  'fysieke-omgeving': 'Fysieke omgeving',
  voorlichting: 'Voorlichting',
  reageren: 'Reageren op incidenten',
  media: 'Media',
  protocol: 'Protocol',
  afhandelen: 'Afhandelen',
  aangifte: 'Aangifte',
  nazorg: 'Nazorg',
  'registratie-informatie': 'Registratie en informatie-uitwisseling',
  evaluatie: 'Evaluatie',
  afronden: 'Afronden',
};

export function isPhaseId(value: string): value is PhaseId {
  return (PHASE_IDS as readonly string[]).includes(value);
}
