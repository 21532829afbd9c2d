import type * as Y from 'yjs';
import type { FieldValue } from '../../domain/care/fieldIds.ts';
import { ANSWER_CHOICES, FLOW_QUESTIONS } from '../../domain/flowchart/questions.ts';
import { NAGEKOMEN_CHOICES, previousAgreements } from '../../domain/form/followUpFields.ts';
import { allThemes } from '../../domain/form/themeFields.ts';
import { EXISTING_AGREEMENTS } from '../../domain/guide/existingAgreements.ts';
import { PLACES } from '../../domain/guide/places.ts';

/** Ticks and choices have no field of their own to hold a notice; these are shown above the chapter. */
export function isChoiceField(field: string): boolean {
  return /^(themes|themePlaces|gevolgen|flowchart|top3|agreementReview)#/.test(field) || /^actionMeta\.[^#]+#gedaan$/.test(field);
}

function themeName(doc: Y.Doc, id: string): string {
  return allThemes(doc).find((t) => t.id === id)?.name ?? (id === 'ander' ? 'Ander thema' : 'Eigen thema');
}

/** What the notice calls a choice, in the form's own words. */
export function choiceLabel(doc: Y.Doc, field: string): string {
  const [map = '', key = ''] = field.split('#');
  if (map === 'themes') return `Thema: ${themeName(doc, key)}`;
  if (map === 'themePlaces') {
    const [theme = '', place = ''] = key.split('|');
    return `${themeName(doc, theme)}, waar: ${PLACES.find((p) => p.id === place)?.label ?? place}`;
  }
  if (map === 'gevolgen') return `Bestaande afspraak: ${EXISTING_AGREEMENTS.find((a) => a.id === key)?.label ?? key}`;
  if (map === 'flowchart') return FLOW_QUESTIONS.find((q) => q.id === key)?.text ?? key;
  if (map === 'top3') return `Top 3, plaats ${key}`;
  if (map === 'agreementReview') {
    const theme = previousAgreements(doc).find((a) => a.id === key)?.theme;
    return theme ? `Nagekomen? (${theme})` : 'Nagekomen?';
  }
  return 'Actie gedaan';
}

/** A stored choice as the form shows it ("Pesten", "Ja", "Deels"), or undefined for other values. */
export function choiceValueLabel(doc: Y.Doc, field: string, value: FieldValue): string | undefined {
  if (typeof value !== 'string') return undefined;
  const map = field.slice(0, field.indexOf('#'));
  if (map === 'top3') return themeName(doc, value);
  if (map === 'flowchart') return ANSWER_CHOICES.find((c) => c.value === value)?.label;
  if (map === 'agreementReview') return NAGEKOMEN_CHOICES.find((c) => c.value === value)?.label;
  return undefined;
}
