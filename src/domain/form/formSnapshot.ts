import type * as Y from 'yjs';
import { EXISTING_AGREEMENTS } from '../guide/existingAgreements.ts';
import { PLACES } from '../guide/places.ts';
import type { FlowState } from '../flowchart/navigate.ts';
import { actieRows, actieTextKey, volgendeAfspraak } from './actieFields.ts';
import { AGREEMENT_FIELDS, agreementKey } from './agreementFields.ts';
import { agreementPartKey, otherAgreementThemes, type AgreementOwner } from './agreementThemes.ts';
import { isGevolgChecked } from './checklistFields.ts';
import { readCycleContent, type CycleContent, type CycleSnapshot } from './cycleSnapshot.ts';
import { formFingerprint } from './formFingerprint.ts';
import { vaststellingView } from './vaststelling.ts';
import { CONTACT_SIDES, contactFieldsFor, contactKey } from './contactFields.ts';
import { SLOTS, type AgreementPart, type ContactFieldId, type ContactSide } from './fieldKeys.ts';
import { flowState } from './flowchartFields.ts';
import { incidentDate, INCIDENT_NAME_KEY } from './incidentFields.ts';
import { gespreksdatum } from './meta.ts';
import { readText } from './textFields.ts';
import { chosenThemes, isPlaceSelected, top3, type ThemeRef } from './themeFields.ts';

/** The whole form as plain data: what the PDF prints and what tests compare. */
export interface FormSnapshot {
  datum: string;
  flow: FlowState;
  contactpersonen: Record<ContactSide, Partial<Record<ContactFieldId, string>>>;
  themas: Array<ThemeRef & { places: string[]; note: string }>;
  top3: Array<ThemeRef | undefined>;
  afspraken: Array<{ slot: number; theme?: ThemeRef } & Record<AgreementPart, string>>;
  /** "Overige thema's": agreements for the chosen themes outside the top 3, in chapter 4's order. */
  otherAgreements: Array<{ theme: ThemeRef; chosen: boolean } & Record<AgreementPart, string>>;
  /** 4.4; `incident` and `datum` name the incident evaluated. */
  evaluatieIncidenten: { incident: string; datum: string; tevreden: string; wijzigen: string };
  gevolgen: { checked: string[]; tekst: string };
  samenwerking: string;
  acties: Array<{ id: string; actie: string; doorWie: string; wanneer: string; gedaan: boolean }>;
  volgendeAfspraak: string;
  persoonlijkeNoot: string;
  /** Next meeting details, vaststelling, predecessor and the review of its agreements. */
  cycle: CycleSnapshot;
}

/** The form without its vaststelling: what the two agree to, and what the fingerprint covers. */
export type FormContent = Omit<FormSnapshot, 'cycle'> & { cycle: CycleContent };

export function readForm(doc: Y.Doc): FormSnapshot {
  const content = readFormContent(doc);
  return { ...content, cycle: { ...content.cycle, vaststelling: vaststellingView(doc, formFingerprint(fingerprintShape(content))) } };
}

/**
 * The content under the field names it had when the first fingerprints were stored. A fingerprint
 * is data kept in the document with each "Akkoord", so renaming a field above must not change it.
 */
function fingerprintShape({ contactpersonen, themas, afspraken, acties, evaluatieIncidenten, ...rest }: FormContent): unknown {
  return { ...rest, contacts: contactpersonen, themes: themas, agreements: afspraken, actions: acties, incidentEvaluation: evaluatieIncidenten };
}

/** The fingerprint of the form as it is now, stored with each "Akkoord". */
export const currentFingerprint = (doc: Y.Doc): string => formFingerprint(fingerprintShape(readFormContent(doc)));

function readFormContent(doc: Y.Doc): FormContent {
  const contactpersonen = { school: {}, politie: {} } as FormSnapshot['contactpersonen'];
  for (const { side } of CONTACT_SIDES) {
    for (const field of contactFieldsFor(side)) contactpersonen[side][field.id] = readText(doc, contactKey(side, field.id));
  }
  const top = top3(doc);
  const parts = (owner: AgreementOwner) =>
    Object.fromEntries(AGREEMENT_FIELDS.map((f) => [f.part, readText(doc, agreementPartKey(owner, f.part))])) as Record<AgreementPart, string>;
  return {
    datum: gespreksdatum(doc),
    flow: flowState(doc),
    contactpersonen,
    themas: chosenThemes(doc).map((theme) => ({
      ...theme,
      places: PLACES.filter((p) => isPlaceSelected(doc, theme.id, p.id)).map((p) => p.label),
      note: readText(doc, `theme.${theme.id}.note`),
    })),
    top3: top,
    afspraken: SLOTS.map((slot, i) => {
      const parts = Object.fromEntries(
        AGREEMENT_FIELDS.map((f) => [f.part, readText(doc, agreementKey(slot, f.part))]),
      ) as Record<AgreementPart, string>;
      const theme = top[i];
      return { slot, ...(theme ? { theme } : {}), ...parts };
    }),
    otherAgreements: otherAgreementThemes(doc).flatMap((a) => (a.theme ? [{ theme: a.theme, chosen: a.chosen, ...parts(a.owner) }] : [])),
    evaluatieIncidenten: {
      incident: readText(doc, INCIDENT_NAME_KEY),
      datum: incidentDate(doc),
      tevreden: readText(doc, 'evaluatie.tevreden'),
      wijzigen: readText(doc, 'evaluatie.wijzigen'),
    },
    gevolgen: {
      checked: EXISTING_AGREEMENTS.filter((a) => isGevolgChecked(doc, a.id)).map((a) => a.label),
      tekst: readText(doc, 'gevolgen.tekst'),
    },
    samenwerking: readText(doc, 'samenwerking'),
    acties: actieRows(doc).map((row) => ({
      ...row,
      actie: readText(doc, actieTextKey(row.id, 'actie')),
      doorWie: readText(doc, actieTextKey(row.id, 'doorWie')),
    })),
    volgendeAfspraak: volgendeAfspraak(doc),
    persoonlijkeNoot: readText(doc, 'persoonlijkeNoot'),
    cycle: readCycleContent(doc),
  };
}
