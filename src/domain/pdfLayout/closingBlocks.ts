import { SAMENWERKING_LABEL, SAMENWERKING_PROMPT } from '../form/agreementFields.ts';
import { actionTextKey } from '../form/actionFields.ts';
import type { FormSnapshot } from '../form/formSnapshot.ts';
import { formatDutchDate } from '../format/dutchDate.ts';
import type { Block, Cell, RowBlock } from './blocks.ts';
import { fieldValue, GUTTER, heading, labelledValue, prompt, textField } from './blockBuilders.ts';
import { CONTENT } from './pageGeometry.ts';

/** Chapter 5: evaluating the cooperation. */
export function samenwerkingBlocks(form: FormSnapshot): Block[] {
  return [heading(SAMENWERKING_LABEL), prompt(SAMENWERKING_PROMPT), fieldValue(form.samenwerking, 'samenwerking')];
}

const WHEN_WIDTH = 100;
const WHO_WIDTH = 120;
const WHAT_WIDTH = CONTENT.width - WHEN_WIDTH - WHO_WIDTH - 2 * GUTTER;
const EMPTY_ROWS = 3;

function actionRow(what: string, who: string, when: string, sourceId?: string, header = false): RowBlock {
  const cell = (text: string, x: number, width: number, field: 'actie' | 'doorWie' | 'wanneer'): Cell => ({
    text,
    x,
    width,
    style: header ? 'tableHeader' : 'body',
    openLine: !header,
    ...(sourceId ? { source: field === 'wanneer' ? `action.${sourceId}.wanneer` : actionTextKey(sourceId, field) } : {}),
  });
  return {
    kind: 'row',
    cells: [
      cell(what, 0, WHAT_WIDTH, 'actie'),
      cell(who, WHAT_WIDTH + GUTTER, WHO_WIDTH, 'doorWie'),
      cell(when, WHAT_WIDTH + WHO_WIDTH + 2 * GUTTER, WHEN_WIDTH, 'wanneer'),
    ],
    spaceBefore: header ? 0 : 2,
    ruleBelow: true,
  };
}

/** Chapter 6: the actions as a table "Actie | Door wie? | Wanneer?", the next meeting and a personal note. */
export function afrondenBlocks(form: FormSnapshot): Block[] {
  const rows = form.actions.map((a) => {
    const when = [formatDutchDate(a.wanneer), a.gedaan ? '(gedaan)' : ''].filter((s) => s !== '').join('\n');
    return actionRow(a.actie, a.doorWie, when, a.id);
  });
  while (rows.length < EMPTY_ROWS && form.actions.length === 0) rows.push(actionRow('', '', ''));
  return [
    heading('Afronden'),
    prompt('De eerste acties voor de komende tijd.'),
    { kind: 'table', header: actionRow('Actie', 'Door wie?', 'Wanneer?', undefined, true), rows, spaceBefore: 6 },
    labelledValue('Volgende afspraak', formatDutchDate(form.volgendeAfspraak), 'volgendeAfspraak', 12),
    ...textField('Persoonlijke noot', undefined, form.persoonlijkeNoot, 'persoonlijkeNoot'),
  ];
}
