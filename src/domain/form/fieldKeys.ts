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
} as const;

/** Lists that grow on both tablets: concurrent inserts are all kept. */
export const ARRAY = {
  ownThemes: 'ownThemes',
  actions: 'actions',
} as const;

/** Per action, its date and done flag, in a map of its own (named by the action's random id). */
export const actionMetaName = (actionId: string) => `actionMeta.${actionId}`;
