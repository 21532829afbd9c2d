import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setFlowAnswer } from '../form/flowchartFields.ts';
import { readForm } from '../form/formSnapshot.ts';
import { setText } from '../form/fixtures/fullyFilledGesprek.ts';
import { setThemeSelected } from '../form/themeFields.ts';
import { shouldPrintChapter } from './chapterInclusion.ts';

/** Route "Hoofdstuk 6": known each other, themes clear, agreements made, keeping them needs attention. */
function routeSixOnly(): Y.Doc {
  const doc = new Y.Doc();
  setFlowAnswer(doc, 'kennismaking', 'nee');
  setFlowAnswer(doc, 'inzicht', 'ja');
  setFlowAnswer(doc, 'afspraken', 'ja');
  setFlowAnswer(doc, 'nakomen', 'nee');
  return doc;
}

const printed = (doc: Y.Doc) => ([3, 4, 5, 6] as const).filter((c) => shouldPrintChapter(c, readForm(doc)));

describe('shouldPrintChapter', () => {
  it('prints everything while no route is chosen', () => {
    expect(printed(new Y.Doc())).toEqual([3, 4, 5, 6]);
  });

  it('prints only the route when the other chapters are empty', () => {
    expect(printed(routeSixOnly())).toEqual([6]);
  });

  it('also prints a chapter off the route that holds text or choices', () => {
    const doc = routeSixOnly();
    setText(doc, 'samenwerking', 'Elk kwartaal evalueren.');
    expect(printed(doc)).toEqual([5, 6]);
    setThemeSelected(doc, 'pesten', true);
    setText(doc, 'afspraak.2.reageren', 'Direct bellen.');
    expect(printed(doc)).toEqual([3, 4, 5, 6]);
  });

  it('does not count whitespace as text', () => {
    const doc = routeSixOnly();
    setText(doc, 'samenwerking', '  \n ');
    expect(printed(doc)).toEqual([6]);
  });
});
