import type { FormSnapshot } from '../form/formSnapshot.ts';
import type { Block } from './blocks.ts';
import { bullet, fieldValue, heading, labelledValue, paragraph, prompt, subheading } from './blockBuilders.ts';

/** Chapter 3: the themes that play at the school (with where) and the top 3. */
export function themeBlocks(form: FormSnapshot): Block[] {
  const blocks: Block[] = [heading('Veiligheidsthema’s'), prompt('Deze veiligheidsthema’s spelen op de school:')];
  if (form.themas.length === 0) blocks.push(fieldValue('', 'themes'));
  for (const theme of form.themas) {
    blocks.push(paragraph(theme.name, 'label', 8, { keepWithNext: true }));
    if (theme.places.length > 0) blocks.push(prompt('Waar kan dit zich afspelen?'));
    for (const place of theme.places) blocks.push(bullet('•', place));
    if (theme.note.trim() !== '') blocks.push(fieldValue(theme.note, `theme.${theme.id}.note`));
  }
  blocks.push(subheading('Top 3'), prompt('De top 3 van veiligheidsthema’s op dit moment is:'));
  form.top3.forEach((theme, index) => {
    const row = labelledValue(`${index + 1}.`, theme?.name ?? '', `top3.${index + 1}`);
    blocks.push({ ...row, cells: row.cells.map((c, i) => (i === 0 ? { ...c, width: 20 } : { ...c, x: 20, width: c.width + c.x - 20 })) });
  });
  return blocks;
}
