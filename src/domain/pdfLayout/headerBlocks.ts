import type { FormSnapshot } from '../form/formSnapshot.ts';
import { FLOW_QUESTIONS } from '../flowchart/questions.ts';
import { formatDutchDate } from '../format/dutchDate.ts';
import type { Block } from './blocks.ts';
import { labelledValue, paragraph } from './blockBuilders.ts';
import { dutchDateTime, predecessorText, statusText } from './statusLines.ts';

export const PDF_TITLE = 'Samen voor een veilige school';
export const PDF_SUBTITLE = 'Invulformulier gesprek school en politie';

const ANSWER_LABEL = { ja: 'Ja', nee: 'Nee' } as const;

/** Title, school, date and the route that chapter 2's flowchart chose (with the answers that led there). */
export function headerBlocks(form: FormSnapshot): Block[] {
  const blocks: Block[] = [
    paragraph(PDF_TITLE, 'title'),
    paragraph(PDF_SUBTITLE, 'subtitle', 0),
    labelledValue('School', form.contactpersonen.school.naamSchool ?? '', 'header.school', 12),
    labelledValue('Datum', formatDutchDate(form.datum), 'header.datum'),
    labelledValue('Route (hoofdstuk 2)', form.flow.outcome?.label ?? 'Nog niet gekozen', 'header.route'),
    labelledValue('Status', statusText(form.cycle), 'header.status'),
  ];
  if (form.cycle.versionAt !== undefined) blocks.push(labelledValue('Stand van', dutchDateTime(form.cycle.versionAt), 'header.versie'));
  const previous = predecessorText(form.cycle);
  if (previous) blocks.push(labelledValue('Vorig gesprek', previous.replace(/^Vorig gesprek: /, ''), 'header.vorigGesprek'));
  for (const step of form.flow.steps) {
    if (!step.answer) continue;
    const question = FLOW_QUESTIONS.find((q) => q.id === step.question)?.text ?? step.question;
    const row = labelledValue('', `${question} ${ANSWER_LABEL[step.answer]}`, `flow.${step.question}`, 0);
    blocks.push({ ...row, cells: row.cells.map((c) => ({ ...c, style: 'prompt', openLine: false })) });
  }
  return blocks;
}
