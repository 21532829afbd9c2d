import type { FormSnapshot } from '../form/formSnapshot.ts';
import { formBlocks } from './formBlocks.ts';
import type { DocumentLayout, Measure, ToPrintable } from './layoutTypes.ts';
import { PAGE } from './pageGeometry.ts';
import { addPageFooters } from './pageFooter.ts';
import { paginate } from './paginate.ts';
import { cachedMeasure } from './wrapText.ts';

export interface LayoutOptions {
  measure: Measure;
  toPrintable?: ToPrintable;
}

/** The printout of a gesprek as pages of positioned boxes; pure, so it is tested without a PDF. */
export function layoutGesprek(form: FormSnapshot, options: LayoutOptions): DocumentLayout {
  const measure = cachedMeasure(options.measure);
  const toPrintable = options.toPrintable ?? ((text: string) => text);
  const pages = paginate(formBlocks(form), { measure, toPrintable });
  addPageFooters(pages, measure, toPrintable);
  return { width: PAGE.width, height: PAGE.height, pages };
}
