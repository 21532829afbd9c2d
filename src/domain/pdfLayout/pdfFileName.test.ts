import { describe, expect, it } from 'vitest';
import { calendarFileName, exchangeFileName, pdfFileName, slugify } from './pdfFileName.ts';

describe('pdfFileName', () => {
  it('names the file after school and date', () => {
    expect(pdfFileName('Het Øster College', '2026-11-23')).toBe('gesprek-het-oster-college-2026-11-23.pdf');
  });

  it('removes diacritics and turns everything else into dashes', () => {
    expect(slugify('  Sint-Łukasz & Dvořák (Çelik) — Nguyễn!  ')).toBe('sint-lukasz-dvorak-celik-nguyen');
  });

  it('falls back for an empty school name or date', () => {
    expect(pdfFileName('   ', '')).toBe('gesprek-naamloos-zonder-datum.pdf');
    expect(pdfFileName('🏫', '2026-11-23')).toBe('gesprek-naamloos-2026-11-23.pdf');
  });

  it('keeps very long names reasonable', () => {
    expect(pdfFileName('a'.repeat(300), '2026-01-02').length).toBeLessThan(90);
  });

  it('names the .gesprek exchange file the same way', () => {
    expect(exchangeFileName('Het Øster College', '2026-11-23')).toBe('gesprek-het-oster-college-2026-11-23.gesprek');
  });

  it('names the agenda file of the next meeting after the same school and date', () => {
    expect(calendarFileName('Het Øster College', '2026-11-23')).toBe('agenda-het-oster-college-2026-11-23.ics');
    expect(calendarFileName('', '')).toBe('agenda-naamloos-zonder-datum.ics');
  });
});
