import type { ChapterNumber } from '../guide/chapters.ts';
import type { FormSnapshot } from '../form/formSnapshot.ts';

const filled = (text: string) => text.trim() !== '';

/** Whether a chapter's part of the form holds anything the two wrote or ticked. */
export function chapterHasContent(chapter: Exclude<ChapterNumber, 2>, form: FormSnapshot): boolean {
  switch (chapter) {
    case 3:
      return form.themas.length > 0 || form.top3.some((t) => t !== undefined);
    case 4:
      return (
        [...form.afspraken, ...form.otherAgreements].some((a) => filled(a.preventie) || filled(a.reageren) || filled(a.afhandelen)) ||
        filled(form.evaluatieIncidenten.incident) ||
        form.evaluatieIncidenten.datum !== '' ||
        filled(form.evaluatieIncidenten.tevreden) ||
        filled(form.evaluatieIncidenten.wijzigen) ||
        form.gevolgen.checked.length > 0 ||
        filled(form.gevolgen.tekst)
      );
    case 5:
      return filled(form.samenwerking) || form.cycle.previousAgreements.length > 0;
    case 6:
      return (
        form.acties.some((a) => filled(a.actie) || filled(a.doorWie) || a.wanneer !== '') ||
        form.volgendeAfspraak !== '' ||
        filled(form.cycle.nextMeeting.plaats) ||
        filled(form.cycle.nextMeeting.watDoen) ||
        filled(form.persoonlijkeNoot)
      );
  }
}

/**
 * Chapters on the route print in full (empty fields as lines to write on); chapters off the
 * route print only when they hold something. Without a route yet, everything prints.
 */
export function shouldPrintChapter(chapter: Exclude<ChapterNumber, 2>, form: FormSnapshot): boolean {
  const route = form.flow.outcome?.chapters;
  if (!route) return true;
  return route.includes(chapter) || chapterHasContent(chapter, form);
}
