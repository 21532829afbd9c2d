import {
  AGREEMENT_FIELDS,
  agreementKey,
  GEVOLGEN_LABEL,
  GEVOLGEN_PROMPT,
  INCIDENT_EVALUATION_FIELDS,
} from '../form/agreementFields.ts';
import { agreementPartKey } from '../form/agreementThemes.ts';
import type { FormSnapshot } from '../form/formSnapshot.ts';
import { INCIDENT_DATE_LABEL, INCIDENT_NAME_KEY, INCIDENT_NAME_LABEL } from '../form/incidentFields.ts';
import { formatDutchDate } from '../format/dutchDate.ts';
import { SLOTS } from '../form/fieldKeys.ts';
import { EXISTING_AGREEMENTS } from '../guide/existingAgreements.ts';
import type { Block, RowBlock } from './blocks.ts';
import { bullet, heading, labelledValue, prompt, subheading, textField } from './blockBuilders.ts';

const CHECKED = '☒';
const UNCHECKED = '☐';

/** Chapter 4: per top-3 theme the three kinds of agreements, then "Overige thema's", then 4.4 and 4.5. */
export function agreementBlocks(form: FormSnapshot): Block[] {
  const blocks: Block[] = [heading('Afspraken')];
  for (const slot of SLOTS) {
    const agreement = form.afspraken.find((a) => a.slot === slot);
    blocks.push(themeTitle(slot, agreement?.theme?.name ?? ''));
    for (const field of AGREEMENT_FIELDS) {
      blocks.push(...textField(field.label, field.prompt, agreement?.[field.part] ?? '', agreementKey(slot, field.part)));
    }
  }

  if (form.otherAgreements.length > 0) blocks.push(subheading('Overige thema’s'));
  for (const other of form.otherAgreements) {
    const owner = { kind: 'theme', themeId: other.theme.id } as const;
    const name = other.chosen ? other.theme.name : `${other.theme.name} (niet meer gekozen)`;
    blocks.push(otherThemeTitle(name, other.theme.id));
    for (const field of AGREEMENT_FIELDS) {
      blocks.push(...textField(field.label, field.prompt, other[field.part], agreementPartKey(owner, field.part)));
    }
  }

  // In the invulformulier these two are peers of "De samenwerking evalueren", not parts of "Afspraken".
  blocks.push(heading('Als er een incident is geweest'));
  blocks.push(...textField(INCIDENT_NAME_LABEL, undefined, form.evaluatieIncidenten.incident, INCIDENT_NAME_KEY));
  blocks.push(labelledValue(INCIDENT_DATE_LABEL, form.evaluatieIncidenten.datum ? formatDutchDate(form.evaluatieIncidenten.datum) : '', 'incident.datum'));
  const evaluation: Record<string, string> = { 'evaluatie.tevreden': form.evaluatieIncidenten.tevreden, 'evaluatie.wijzigen': form.evaluatieIncidenten.wijzigen };
  for (const field of INCIDENT_EVALUATION_FIELDS) {
    blocks.push(...textField(field.label, field.hint, evaluation[field.key] ?? '', field.key));
  }

  blocks.push(heading(GEVOLGEN_LABEL), prompt(GEVOLGEN_PROMPT));
  for (const item of EXISTING_AGREEMENTS) {
    blocks.push(bullet(form.gevolgen.checked.includes(item.label) ? CHECKED : UNCHECKED, item.label));
  }
  blocks.push(...textField('Toelichting', undefined, form.gevolgen.tekst, 'gevolgen.tekst'));
  return blocks;
}

/** "Veiligheidsthema N: <thema>", with a writing line when no theme was chosen for the slot. */
function themeTitle(slot: number, name: string): RowBlock {
  const row = labelledValue(`Veiligheidsthema ${slot}:`, name, `agreement.${slot}.theme`, 14);
  return { ...row, keepWithNext: true, cells: row.cells.map((c) => ({ ...c, style: 'subheading' })) };
}

/** "Thema: <thema>" for a theme under "Overige thema's". */
function otherThemeTitle(name: string, themeId: string): RowBlock {
  const row = labelledValue('Thema:', name, `agreement.${themeId}.theme`, 10);
  return { ...row, keepWithNext: true, cells: row.cells.map((c) => ({ ...c, style: 'subheading' })) };
}
