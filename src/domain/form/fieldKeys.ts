/** Names of the shared types in a gesprek's Y.Doc. Top-level names merge by name across tablets. */

export type ContactSide = 'school' | 'politie';
export type ContactFieldId = 'naamSchool' | 'naam' | 'functie' | 'telefoon' | 'email' | 'bereikbaarheid';
export type AgreementPart = 'preventie' | 'reageren' | 'afhandelen';
export type Slot = 1 | 2 | 3;
export const SLOTS: readonly Slot[] = [1, 2, 3];

/** Every free-text field: each is its own top-level Y.Text. */
export type TextKey =
  | `contact.${ContactSide}.${ContactFieldId}`
  | `theme.${string}.note`
  | `ownTheme.${string}.name`
  | `afspraak.${Slot}.${AgreementPart}`
  | `afspraak.thema.${string}.${AgreementPart}`
  | 'evaluatie.incident'
  | 'evaluatie.tevreden'
  | 'evaluatie.wijzigen'
  | 'gevolgen.tekst'
  | 'samenwerking'
  | 'persoonlijkeNoot'
  | 'volgendeAfspraak.plaats'
  | 'volgendeAfspraak.watDoen'
  | `previousAgreement.${string}.note`
  | `action.${string}.actie`
  | `action.${string}.doorWie`;

/** Maps of small values (flags, choices, dates); last writer wins per key, which is right for them. */
export const MAP = {
  meta: 'meta',
  flowchart: 'flowchart',
  themes: 'themes',
  places: 'themePlaces',
  top3: 'top3',
  gevolgen: 'gevolgen',
  afronden: 'afronden',
  /** 4.4: the incident's date (its name is a Y.Text). */
  incident: 'incident',
  /** Chapter 5: "Nagekomen?" per agreement of the previous gesprek. */
  review: 'agreementReview',
} as const;

/** Lists that grow on both tablets: concurrent inserts are all kept. */
export const ARRAY = {
  ownThemes: 'ownThemes',
  actions: 'actions',
} as const;

/** Per action, its date and done flag, in a map of its own (named by the action's random id). */
export const actionMetaName = (actionId: string) => `actionMeta.${actionId}`;

/**
 * Every top-level name this version writes (keep in step with TextKey, MAP, ARRAY and
 * actionMetaName): a document holding any other name comes from a newer version (see schemaRule).
 */
const KNOWN_NAMES: readonly RegExp[] = [
  /^contact\.(school|politie)\.(naamSchool|naam|functie|telefoon|email|bereikbaarheid)$/,
  /^theme\.[^.]+\.note$/,
  /^ownTheme\.[^.]+\.name$/,
  /^afspraak\.[123]\.(preventie|reageren|afhandelen)$/,
  /^afspraak\.thema\.[^.]+\.(preventie|reageren|afhandelen)$/,
  /^(evaluatie\.incident|evaluatie\.tevreden|evaluatie\.wijzigen|gevolgen\.tekst|samenwerking|persoonlijkeNoot)$/,
  /^action\.[^.]+\.(actie|doorWie)$/,
  /^volgendeAfspraak\.(plaats|watDoen)$/,
  /^previousAgreement\.[^.]+\.note$/,
  /^actionMeta\.[^.]+$/,
];
/** Bookkeeping beside the form (attribution, edit records, resolutions, history; see domain/care). */
const CARE_NAMES = ['clients', 'fieldEdits', 'fieldResolutions', 'fieldHistory'];
/** The cycle (docs/cycle.md): agreement by both, what a follow-up carries over, and where the follow-ups are (followUpPointers). */
const CYCLE_NAMES = ['vaststelling', 'previousAgreements', 'flowSuggested', 'followUps'];
const FIXED_NAMES: ReadonlySet<string> = new Set([...Object.values(MAP), ...Object.values(ARRAY), ...CARE_NAMES, ...CYCLE_NAMES]);

export function isKnownTopLevelName(name: string): boolean {
  return FIXED_NAMES.has(name) || KNOWN_NAMES.some((pattern) => pattern.test(name));
}

/** The keys of the meta map this version writes. */
export const isKnownMetaKey = (key: string): boolean => key === 'schemaVersion' || key === 'datum' || key === 'vorigGesprek';
