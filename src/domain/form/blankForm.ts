import type { FormSnapshot } from './formSnapshot.ts';

const filled = (text: string | undefined) => (text ?? '').trim() !== '';

/**
 * Whether nothing at all was filled in (the date aside): such a gesprek, just made and left,
 * is not worth a row of its own on home. Anything typed, ticked or answered counts.
 */
export function isBlankForm(form: FormSnapshot): boolean {
  const texts = [
    ...Object.values(form.contactpersonen.school),
    ...Object.values(form.contactpersonen.politie),
    ...form.themas.map((t) => t.note),
    ...[...form.afspraken, ...form.otherAgreements].flatMap((a) => [a.preventie, a.reageren, a.afhandelen]),
    ...Object.values(form.evaluatieIncidenten),
    form.gevolgen.tekst,
    form.samenwerking,
    form.volgendeAfspraak,
    form.persoonlijkeNoot,
  ];
  return (
    !texts.some(filled) &&
    !form.flow.steps.some((s) => s.answer) &&
    form.themas.length === 0 &&
    form.top3.every((t) => t === undefined) &&
    form.gevolgen.checked.length === 0 &&
    form.acties.length === 0
  );
}
