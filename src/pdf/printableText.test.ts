import { describe, expect, it } from 'vitest';
import { makeToPrintable } from './printableText.ts';

// A font that knows Latin and Latin Extended only, a bold one without "ř".
const latin = (cp: number) => cp < 0x0250 || cp === 0x1ec5;
const toPrintable = makeToPrintable({ regular: latin, bold: (cp) => latin(cp) && cp !== 0x0159 });

describe('makeToPrintable', () => {
  it('keeps what the font has, newlines and tabs included', () => {
    expect(toPrintable('Łukasz Dvořák\tØster\nÇelik', false)).toBe('Łukasz Dvořák\tØster\nÇelik');
  });

  it('composes decomposed letters so the font’s own glyph is used', () => {
    expect(toPrintable('Nguyễn'.normalize('NFD'), false)).toBe('Nguyễn');
  });

  it('replaces missing glyphs with "?" and drops invisible ones', () => {
    expect(toPrintable('ja 👍🏽 漢\u200d\ufe0f!', false)).toBe('ja ?? ?!');
  });

  it('checks the font that will draw the text', () => {
    expect(toPrintable('Dvořák', true)).toBe('Dvo?ák');
  });
});
