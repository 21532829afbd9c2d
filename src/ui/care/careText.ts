import type * as Y from 'yjs';
import { authorLabel, tabletOfClient } from '../../domain/care/attribution.ts';
import { isValueField, type FieldId, type FieldValue } from '../../domain/care/fieldIds.ts';
import { formatDutchDate } from '../../domain/format/dutchDate.ts';
import { tabletOf } from '../../state/docTablet.ts';
import { choiceValueLabel } from './choiceLabel.ts';

const TIME = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "23 november 2026 09:05": Dutch, 24-hour. */
export const formatMoment = (at: number) => TIME.format(new Date(at));

/** A value as a person reads it: a Dutch date, "aangevinkt", a choice's label, or the text itself. */
export function formatValue(doc: Y.Doc, field: FieldId, value: FieldValue): string {
  if (value === null || value === '') return isValueField(field) ? '(leeg)' : '(leeg veld)';
  const choice = choiceValueLabel(doc, field, value);
  if (choice !== undefined) return choice;
  if (value === true) return 'aangevinkt';
  if (value === false) return 'niet aangevinkt';
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDutchDate(value) : value;
}

export const authorOfTablet = (doc: Y.Doc, tablet: string | undefined) => authorLabel(doc, tablet, tabletOf(doc));
export const authorOfClient = (doc: Y.Doc, client: number) => authorOfTablet(doc, tabletOfClient(doc, client));
