import type { ContactFieldId, ContactSide, TextKey } from './fieldKeys.ts';

/** The invulformulier's contact fields, in its order. */
export interface ContactField {
  id: ContactFieldId;
  label: string;
  inputType: 'text' | 'tel' | 'email';
  autocomplete: string;
}

const ALL: readonly ContactField[] = [
  { id: 'naamSchool', label: 'Naam school', inputType: 'text', autocomplete: 'organization' },
  { id: 'naam', label: 'Naam contactpersoon', inputType: 'text', autocomplete: 'name' },
  { id: 'functie', label: 'Functie', inputType: 'text', autocomplete: 'organization-title' },
  { id: 'telefoon', label: 'Telefoon', inputType: 'tel', autocomplete: 'tel' },
  { id: 'email', label: 'E-mail', inputType: 'email', autocomplete: 'email' },
  { id: 'bereikbaarheid', label: 'Werkdagen / bereikbaarheid', inputType: 'text', autocomplete: 'off' },
];

export const CONTACT_SIDES: ReadonlyArray<{ side: ContactSide; legend: string }> = [
  { side: 'school', legend: 'School' },
  { side: 'politie', legend: 'Politie' },
];

/** The police side has the same fields minus the school's name. */
export function contactFieldsFor(side: ContactSide): readonly ContactField[] {
  return side === 'school' ? ALL : ALL.filter((f) => f.id !== 'naamSchool');
}

export const contactKey = (side: ContactSide, field: ContactFieldId): TextKey => `contact.${side}.${field}`;
