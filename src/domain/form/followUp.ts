import type * as Y from 'yjs';
import type { FlowQuestionId } from '../flowchart/questions.ts';
import { PLACES } from '../guide/places.ts';
import { actieTextKey, addActie, setActieWanneer } from './actieFields.ts';
import { CONTACT_SIDES, contactFieldsFor, contactKey } from './contactFields.ts';
import { SLOTS, type TextKey } from './fieldKeys.ts';
import { flowAnswers, setFlowAnswer } from './flowchartFields.ts';
import { writeFollowUpOrigin, type PreviousAgreement } from './followUpFields.ts';
import type { FormSnapshot } from './formSnapshot.ts';
import { initializeNewGesprek } from './meta.ts';
import { randomId } from './randomId.ts';
import { addOwnTheme, OTHER_THEME_ID, ownThemeNameKey, setPlaceSelected, setThemeSelected, setTop3 } from './themeFields.ts';

const put = (doc: Y.Doc, key: TextKey, value: string) => {
  if (value !== '') doc.getText(key).insert(0, value);
};

/** The previous gesprek's agreements that hold any text, as chapter 5 reviews them. */
export function agreementsToReview(previous: FormSnapshot): PreviousAgreement[] {
  return previous.afspraken
    .filter((a) => [a.preventie, a.reageren, a.afhandelen].some((t) => t.trim() !== ''))
    .map((a) => ({ id: randomId(), theme: a.theme?.name ?? '', parts: { preventie: a.preventie, reageren: a.reageren, afhandelen: a.afhandelen } }));
}

/** The flowchart's answers the previous gesprek suggests; later ones only where the path reaches them. */
function suggestFlow(doc: Y.Doc, previous: FormSnapshot, agreements: readonly PreviousAgreement[]): FlowQuestionId[] {
  const wanted: Array<[FlowQuestionId, 'ja' | 'nee', boolean]> = [
    ['kennismaking', 'nee', true],
    ['inzicht', 'ja', previous.themas.length > 0],
    ['afspraken', 'ja', agreements.length > 0],
  ];
  const suggested: FlowQuestionId[] = [];
  for (const [question, answer, applies] of wanted) {
    if (!applies) break;
    setFlowAnswer(doc, question, answer);
    if (flowAnswers(doc)[question] !== answer) break;
    suggested.push(question);
  }
  return suggested;
}

/**
 * Fills a brand-new document as the follow-up of `previous`, in one transaction, once, on the
 * tablet that creates it: contacts, themes with places, the top 3, every open action, and the
 * agreements to review in chapter 5. Never run on a document that came from another tablet.
 */
export function seedFollowUp(doc: Y.Doc, previous: FormSnapshot, previousId: string, today: string): void {
  doc.transact(() => {
    initializeNewGesprek(doc, today);
    for (const { side } of CONTACT_SIDES) {
      for (const field of contactFieldsFor(side)) put(doc, contactKey(side, field.id), previous.contactpersonen[side][field.id] ?? '');
    }
    const newId = new Map<string, string>();
    for (const theme of previous.themas) {
      let id = theme.id;
      if (theme.own) {
        id = addOwnTheme(doc);
        put(doc, ownThemeNameKey(id), theme.name);
        // Own themes are listed under the "Ander thema" box, which must be ticked for them to count.
        setThemeSelected(doc, OTHER_THEME_ID, true);
      } else {
        setThemeSelected(doc, id, true);
      }
      newId.set(theme.id, id);
      for (const place of PLACES) if (theme.places.includes(place.label)) setPlaceSelected(doc, id, place.id, true);
    }
    SLOTS.forEach((slot, i) => {
      const theme = previous.top3[i];
      const id = theme && newId.get(theme.id);
      if (id) setTop3(doc, slot, id);
    });
    for (const action of previous.acties) {
      if (action.gedaan) continue;
      const id = addActie(doc);
      put(doc, actieTextKey(id, 'actie'), action.actie);
      put(doc, actieTextKey(id, 'doorWie'), action.doorWie);
      if (action.wanneer) setActieWanneer(doc, id, action.wanneer);
    }
    const agreements = agreementsToReview(previous);
    writeFollowUpOrigin(doc, { id: previousId, datum: previous.datum }, agreements, suggestFlow(doc, previous, agreements));
  });
}
