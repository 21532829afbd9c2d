import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addActie, actieTextKey } from '../form/actieFields.ts';
import { setText } from '../form/fixtures/fullyFilledGesprek.ts';
import { setFlowAnswer } from '../form/flowchartFields.ts';
import { readForm } from '../form/formSnapshot.ts';
import type { Block } from './blocks.ts';
import { paragraph, textField } from './blockBuilders.ts';
import type { PageLayout } from './layoutTypes.ts';
import { layoutGesprek } from './layoutGesprek.ts';
import { paginate } from './paginate.ts';

const measure = (text: string, size: number) => text.length * size * 0.5;
const texts = (page: PageLayout) => page.boxes.flatMap((b) => (b.kind === 'text' && b.style !== 'footer' ? [b.lines.map((l) => l.text).join(' ')] : []));

describe('no stray block alone on the last page', () => {
  it('takes the group before "Persoonlijke noot" along instead of leaving the label and its lines alone', () => {
    for (let rows = 20; rows <= 90; rows++) {
      const blocks: Block[] = [
        ...Array.from({ length: rows }, (_, i) => paragraph(`Regel ${i}`, 'body', 2)),
        ...textField('Persoonlijke noot', undefined, '', 'persoonlijkeNoot'),
      ];
      const pages = paginate(blocks, { measure, toPrintable: (t) => t });
      const last = pages[pages.length - 1]!;
      const noteOn = pages.findIndex((p) => texts(p).includes('Persoonlijke noot'));
      // The label stays with its ruled lines…
      expect(pages[noteOn]!.boxes.some((b) => b.kind === 'openLines'), `rows=${rows}`).toBe(true);
      // …and never holds a page of its own.
      if (pages.length > 1) expect(texts(last).length, `rows=${rows}`).toBeGreaterThan(1);
      // Every row is printed once.
      expect(pages.flatMap(texts).filter((t) => t.startsWith('Regel'))).toHaveLength(rows);
    }
  });

  it('keeps "Persoonlijke noot" in company on the "Hoofdstuk 6" route, however many actions come before it', () => {
    for (let count = 0; count <= 12; count++) {
      const doc = new Y.Doc();
      for (const [q, a] of [['kennismaking', 'nee'], ['inzicht', 'ja'], ['afspraken', 'ja'], ['nakomen', 'nee']] as const) setFlowAnswer(doc, q, a);
      for (let i = 0; i < count; i++) setText(doc, actieTextKey(addActie(doc), 'actie'), `Actie ${i}`);
      const form = readForm(doc);
      expect(form.flow.outcome?.route).toBe('6');
      const { pages } = layoutGesprek(form, { measure });
      const page = pages.find((p) => texts(p).includes('Persoonlijke noot'))!;
      expect(texts(page).length, `actions=${count}`).toBeGreaterThan(1);
    }
  });
});
