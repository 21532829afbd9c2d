import type { FormSnapshot } from '../form/formSnapshot.ts';
import { CONTACT_SIDES, contactFieldsFor, contactKey } from '../form/contactFields.ts';
import type { Block } from './blocks.ts';
import { heading, labelledValue, subheading } from './blockBuilders.ts';

/** "Contactpersonen": school, then police, with the invulformulier's labels. Always printed. */
export function contactBlocks(form: FormSnapshot): Block[] {
  const blocks: Block[] = [heading('Contactpersonen')];
  for (const { side, legend } of CONTACT_SIDES) {
    blocks.push(subheading(legend));
    for (const field of contactFieldsFor(side)) {
      blocks.push(labelledValue(field.label, form.contactpersonen[side][field.id] ?? '', contactKey(side, field.id)));
    }
  }
  return blocks;
}
