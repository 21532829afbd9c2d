import type { SectionSlug } from '../routing/parseRoute.ts';

/** The chapter that shows a field, so "N velden om na te kijken" can go there. */
export function sectionOfField(field: string): SectionSlug {
  if (field.startsWith('contact.') || field === 'meta#datum') return 'contactpersonen';
  if (field.startsWith('flowchart#')) return 'h2';
  if (/^(theme\.|ownTheme\.|themes#|themePlaces#|top3#)/.test(field)) return 'h3';
  if (/^(afspraak\.|evaluatie\.|gevolgen|incident#)/.test(field)) return 'h4';
  if (/^(samenwerking$|agreementReview#|previousAgreement\.)/.test(field)) return 'h5';
  return 'h6';
}
