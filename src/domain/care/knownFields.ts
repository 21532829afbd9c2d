import type * as Y from 'yjs';
import { actieIds, actieTextKey } from '../form/actieFields.ts';
import { AGREEMENT_FIELDS, agreementKey, INCIDENT_EVALUATION_FIELDS } from '../form/agreementFields.ts';
import { CONTACT_SIDES, contactFieldsFor, contactKey } from '../form/contactFields.ts';
import { actionMetaName, MAP, SLOTS } from '../form/fieldKeys.ts';
import { agreementPartKey } from '../form/agreementThemes.ts';
import { previousAgreementNoteKey, previousAgreements } from '../form/followUpFields.ts';
import { INCIDENT_NAME_KEY } from '../form/incidentFields.ts';
import { allThemes } from '../form/themeFields.ts';
import { valueFieldId, type FieldId } from './fieldIds.ts';

/** Every free-text field the form can show for this document (named from the schema, never guessed). */
export function knownTextFields(doc: Y.Doc): FieldId[] {
  const fields: FieldId[] = [];
  for (const { side } of CONTACT_SIDES) for (const f of contactFieldsFor(side)) fields.push(contactKey(side, f.id));
  for (const theme of allThemes(doc)) {
    fields.push(`theme.${theme.id}.note`);
    if (theme.own) fields.push(`ownTheme.${theme.id.slice(theme.id.indexOf(':') + 1)}.name`);
  }
  for (const slot of SLOTS) for (const f of AGREEMENT_FIELDS) fields.push(agreementKey(slot, f.part));
  for (const theme of allThemes(doc)) for (const f of AGREEMENT_FIELDS) fields.push(agreementPartKey({ kind: 'theme', themeId: theme.id }, f.part));
  fields.push(INCIDENT_NAME_KEY);
  for (const f of INCIDENT_EVALUATION_FIELDS) fields.push(f.key);
  fields.push('gevolgen.tekst', 'samenwerking', 'persoonlijkeNoot');
  for (const agreement of previousAgreements(doc)) fields.push(previousAgreementNoteKey(agreement.id));
  for (const id of actieIds(doc)) fields.push(actieTextKey(id, 'actie'), actieTextKey(id, 'doorWie'));
  fields.push('volgendeAfspraak.plaats', 'volgendeAfspraak.watDoen');
  return fields;
}

/** Every small value set in this document, as field ids. */
export function knownValueFields(doc: Y.Doc): FieldId[] {
  const maps = [...Object.values(MAP), ...actieIds(doc).map(actionMetaName)];
  const fields: FieldId[] = [];
  for (const name of maps) for (const key of doc.getMap<unknown>(name).keys()) if (`${name}#${key}` !== 'meta#schemaVersion') fields.push(valueFieldId(name, key));
  return fields;
}
