import type { FormSnapshot } from '../form/formSnapshot.ts';
import { agreementBlocks } from './agreementBlocks.ts';
import type { Block } from './blocks.ts';
import { shouldPrintChapter } from './chapterInclusion.ts';
import { afrondenBlocks, samenwerkingBlocks } from './closingBlocks.ts';
import { contactBlocks } from './contactBlocks.ts';
import { headerBlocks } from './headerBlocks.ts';
import { themeBlocks } from './themeBlocks.ts';

/** The whole printout in the invulformulier's order, chapters off the route left out when empty. */
export function formBlocks(form: FormSnapshot): Block[] {
  return [
    ...headerBlocks(form),
    ...contactBlocks(form),
    ...(shouldPrintChapter(3, form) ? themeBlocks(form) : []),
    ...(shouldPrintChapter(4, form) ? agreementBlocks(form) : []),
    ...(shouldPrintChapter(5, form) ? samenwerkingBlocks(form) : []),
    ...(shouldPrintChapter(6, form) ? afrondenBlocks(form) : []),
  ];
}
