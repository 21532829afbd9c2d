import { AGREEMENT_FIELDS, SAMENWERKING_LABEL, SAMENWERKING_PROMPT } from '../form/agreementFields.ts';
import { actieTextKey } from '../form/actieFields.ts';
import { NAGEKOMEN_CHOICES, previousAgreementNoteKey } from '../form/followUpFields.ts';
import type { FormSnapshot } from '../form/formSnapshot.ts';
import { formatDutchDate } from '../format/dutchDate.ts';
import type { Block, Cell, RowBlock } from './blocks.ts';
import { fieldValue, GUTTER, heading, labelledValue, paragraph, prompt, subheading, textField } from './blockBuilders.ts';
import { CONTENT } from './pageGeometry.ts';

/** Chapter 5: the previous gesprek's agreements (were they kept?), then evaluating the cooperation. */
export function samenwerkingBlocks(form: FormSnapshot): Block[] {
  return [...previousAgreementBlocks(form), heading(SAMENWERKING_LABEL), prompt(SAMENWERKING_PROMPT), fieldValue(form.samenwerking, 'samenwerking')];
}

function previousAgreementBlocks(form: FormSnapshot): Block[] {
  const agreements = form.cycle.previousAgreements;
  if (agreements.length === 0) return [];
  const blocks: Block[] = [heading('Afspraken van het vorige gesprek')];
  agreements.forEach((a, i) => {
    blocks.push(subheading(a.theme ? `${i + 1}. ${a.theme}` : `${i + 1}. Afspraak`));
    for (const field of AGREEMENT_FIELDS) {
      const text = a.parts[field.part].trim();
      if (text) blocks.push(labelledValue(field.label, text, `previousAgreement.${a.id}.${field.part}`, 2));
    }
    const answer = NAGEKOMEN_CHOICES.find((c) => c.value === a.nagekomen)?.label ?? '';
    blocks.push(labelledValue('Nagekomen?', answer, `previousAgreement.${a.id}.nagekomen`));
    if (a.note.trim()) blocks.push(labelledValue('Toelichting', a.note, previousAgreementNoteKey(a.id), 2));
  });
  return blocks;
}

const WHEN_WIDTH = 96;
const WHO_WIDTH = 82;
const DONE_WIDTH = 46;
const WHAT_WIDTH = CONTENT.width - WHEN_WIDTH - WHO_WIDTH - DONE_WIDTH - 3 * GUTTER;
const EMPTY_ROWS = 3;

type ActionColumn = 'actie' | 'doorWie' | 'wanneer' | 'gedaan';

function actionRow(cells: Record<ActionColumn, string>, sourceId?: string, header = false): RowBlock {
  const cell = (field: ActionColumn, x: number, width: number): Cell => ({
    text: cells[field],
    x,
    width,
    style: header ? 'tableHeader' : 'body',
    openLine: !header,
    ...(sourceId ? { source: field === 'actie' || field === 'doorWie' ? actieTextKey(sourceId, field) : `action.${sourceId}.${field}` } : {}),
  });
  return {
    kind: 'row',
    cells: [
      cell('actie', 0, WHAT_WIDTH),
      cell('doorWie', WHAT_WIDTH + GUTTER, WHO_WIDTH),
      cell('wanneer', WHAT_WIDTH + WHO_WIDTH + 2 * GUTTER, WHEN_WIDTH),
      cell('gedaan', WHAT_WIDTH + WHO_WIDTH + WHEN_WIDTH + 3 * GUTTER, DONE_WIDTH),
    ],
    spaceBefore: header ? 0 : 2,
    ruleBelow: true,
  };
}

const EMPTY = { actie: '', doorWie: '', wanneer: '', gedaan: '' };

/** "15 maart 2027, 14:30 uur". */
function meetingWhen(datum: string, tijd: string): string {
  return [formatDutchDate(datum), tijd ? `${tijd} uur` : ''].filter(Boolean).join(', ');
}

/** Chapter 6: the actions as a table "Actie | Door wie? | Wanneer? | Gedaan", the next meeting and a personal note. */
export function afrondenBlocks(form: FormSnapshot): Block[] {
  const rows = form.acties.map((a) =>
    actionRow({ actie: a.actie, doorWie: a.doorWie, wanneer: formatDutchDate(a.wanneer), gedaan: a.gedaan ? 'Ja' : 'Nee' }, a.id),
  );
  while (rows.length < EMPTY_ROWS && form.acties.length === 0) rows.push(actionRow(EMPTY));
  const meeting = form.cycle.nextMeeting;
  return [
    heading('Afronden'),
    prompt('De eerste acties voor de komende tijd.'),
    { kind: 'table', header: actionRow({ actie: 'Actie', doorWie: 'Door wie?', wanneer: 'Wanneer?', gedaan: 'Gedaan' }, undefined, true), rows, spaceBefore: 6 },
    { ...paragraph('Volgende afspraak', 'subheading', 12), keepWithNext: true },
    labelledValue('Wanneer?', meetingWhen(meeting.datum, meeting.tijd), 'volgendeAfspraak', 2),
    labelledValue('Plaats', meeting.plaats, 'volgendeAfspraak.plaats'),
    ...textField('Wat gaan we dan doen?', undefined, meeting.watDoen, 'volgendeAfspraak.watDoen'),
    ...textField('Persoonlijke noot', undefined, form.persoonlijkeNoot, 'persoonlijkeNoot'),
  ];
}
