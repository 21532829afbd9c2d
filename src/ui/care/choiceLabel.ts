import { FLOW_QUESTIONS } from '../../domain/flowchart/questions.ts';
import { EXISTING_AGREEMENTS } from '../../domain/guide/existingAgreements.ts';
import { PLACES } from '../../domain/guide/places.ts';
import { THEMES } from '../../domain/guide/themes.ts';

/** Ticks and choices have no field of their own to hold a notice; these are shown above the chapter. */
export function isChoiceField(field: string): boolean {
  return /^(themes|themePlaces|gevolgen|flowchart|top3)#/.test(field) || /^actionMeta\.[^#]+#gedaan$/.test(field);
}

const themeName = (id: string) => THEMES.find((t) => t.id === id)?.name ?? (id === 'ander' ? 'Ander thema' : 'Eigen thema');

/** What the notice calls a choice, in the form's own words. */
export function choiceLabel(field: string): string {
  const [map = '', key = ''] = field.split('#');
  if (map === 'themes') return `Thema: ${themeName(key)}`;
  if (map === 'themePlaces') {
    const [theme = '', place = ''] = key.split('|');
    return `${themeName(theme)}, waar: ${PLACES.find((p) => p.id === place)?.label ?? place}`;
  }
  if (map === 'gevolgen') return `Bestaande afspraak: ${EXISTING_AGREEMENTS.find((a) => a.id === key)?.label ?? key}`;
  if (map === 'flowchart') return FLOW_QUESTIONS.find((q) => q.id === key)?.text ?? key;
  if (map === 'top3') return `Top 3, plaats ${key}`;
  return 'Actie gedaan';
}
