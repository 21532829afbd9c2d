import { actieTextKey } from '../../form/actieFields.ts';
import { agreementKey } from '../../form/agreementFields.ts';
import { CONTACT_SIDES, contactFieldsFor, contactKey } from '../../form/contactFields.ts';
import type { FormSnapshot } from '../../form/formSnapshot.ts';
import type { ChapterNumber } from '../../guide/chapters.ts';

export interface ExpectedField {
  source: string;
  text: string;
  chapter: Exclude<ChapterNumber, 2> | 'contacts';
}

/**
 * Every free-text value of a form, in the order the printout shows it, tagged with the layout
 * source it must appear under. For tests: written independently of the block builders.
 */
export function freeTextFields(form: FormSnapshot): ExpectedField[] {
  const fields: ExpectedField[] = [];
  for (const { side } of CONTACT_SIDES) {
    for (const field of contactFieldsFor(side)) {
      fields.push({ source: contactKey(side, field.id), text: form.contactpersonen[side][field.id] ?? '', chapter: 'contacts' });
    }
  }
  for (const theme of form.themas) fields.push({ source: `theme.${theme.id}.note`, text: theme.note, chapter: 3 });
  for (const a of form.afspraken) {
    for (const part of ['preventie', 'reageren', 'afhandelen'] as const) {
      fields.push({ source: agreementKey(a.slot as 1 | 2 | 3, part), text: a[part], chapter: 4 });
    }
  }
  for (const a of form.otherAgreements) {
    for (const part of ['preventie', 'reageren', 'afhandelen'] as const) {
      fields.push({ source: `afspraak.thema.${a.theme.id}.${part}`, text: a[part], chapter: 4 });
    }
  }
  fields.push(
    { source: 'evaluatie.incident', text: form.evaluatieIncidenten.incident, chapter: 4 },
    { source: 'evaluatie.tevreden', text: form.evaluatieIncidenten.tevreden, chapter: 4 },
    { source: 'evaluatie.wijzigen', text: form.evaluatieIncidenten.wijzigen, chapter: 4 },
    { source: 'gevolgen.tekst', text: form.gevolgen.tekst, chapter: 4 },
    { source: 'samenwerking', text: form.samenwerking, chapter: 5 },
  );
  for (const action of form.acties) {
    fields.push(
      { source: actieTextKey(action.id, 'actie'), text: action.actie, chapter: 6 },
      { source: actieTextKey(action.id, 'doorWie'), text: action.doorWie, chapter: 6 },
    );
  }
  fields.push({ source: 'persoonlijkeNoot', text: form.persoonlijkeNoot, chapter: 6 });
  return fields;
}
