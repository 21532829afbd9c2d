import type { AgreementPart, Slot, TextKey } from './fieldKeys.ts';
import type { SectionId } from '../guide/sections.ts';

/** Chapter 4's three agreement fields per top-3 theme, labelled as on the invulformulier. */
export interface AgreementField {
  part: AgreementPart;
  label: string;
  /** The invulformulier's question under the label. */
  prompt: string;
  section: SectionId;
}

export const AGREEMENT_FIELDS: readonly AgreementField[] = [
  {
    part: 'preventie',
    label: 'Preventie',
    prompt: 'Wat gaan de school en de politie doen om te voorkomen dat dit probleem zich voordoet?',
    section: 'preventie',
  },
  {
    part: 'reageren',
    label: 'Reageren op incidenten',
    prompt: 'Hoe gaan school en politie, als het toch mis gaat, de schade zoveel mogelijk beperken en de rust herstellen?',
    section: 'reageren',
  },
  {
    part: 'afhandelen',
    label: 'Incident afhandelen',
    prompt: 'Hoe gaan politie en school het incident op een goede manier afhandelen en afsluiten?',
    section: 'afhandelen',
  },
];

export const agreementKey = (slot: Slot, part: AgreementPart): TextKey => `afspraak.${slot}.${part}`;

/** 4.4, once for the whole gesprek ("Als er een incident is geweest"). */
export const INCIDENT_EVALUATION_FIELDS: ReadonlyArray<{ key: TextKey; label: string; hint: string }> = [
  {
    key: 'evaluatie.tevreden',
    label: 'Zijn we tevreden over hoe we het incident hebben afgehandeld?',
    hint: 'Op welke punten wel en niet?',
  },
  {
    key: 'evaluatie.wijzigen',
    label: 'Welke bestaande afspraken moeten worden gewijzigd? Welke nieuwe afspraken moeten worden toegevoegd?',
    hint: 'Noem per afspraak wat er verandert.',
  },
];

export const GEVOLGEN_LABEL = 'Gevolgen voor bestaande afspraken';
export const GEVOLGEN_PROMPT =
  'De volgende door ons gemaakte afspraken vergelijken we met bestaande afspraken met andere partijen:';
export const SAMENWERKING_LABEL = 'De samenwerking evalueren';
export const SAMENWERKING_PROMPT = 'Zo bepalen wij hoe succesvol onze samenwerking is, wat wel en wat niet werkt:';
