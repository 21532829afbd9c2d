import { describe, expect, it } from 'vitest';
import { buildFullyFilledGesprek } from '../domain/form/fixtures/fullyFilledGesprek.ts';
import { readForm, type FormSnapshot } from '../domain/form/formSnapshot.ts';
import { normalizeSpace, pdfFonts, pdfToText, qpdfCheck, readBundledFonts, readFontFile, writeTempPdf } from './testing/pdfTestSupport.ts';
import { FALLBACK_FAMILIES } from './fallback/fallbackFamilies.ts';
import { preparePdfFonts } from './preparePdfFonts.ts';
import { TextShaper } from './textLayout/shapeText.ts';
import { parseTrueType } from './trueType/trueTypeFont.ts';
import { woffToSfnt } from './trueType/woff.ts';
import { renderGesprekPdf } from './renderGesprekPdf.ts';

const base = readBundledFonts();
const filled = readForm(buildFullyFilledGesprek());

/** The filled form with a school name (printed regular and in the bold title) and a note in the script. */
function formWith(school: string, note: string): FormSnapshot {
  return { ...filled, contactpersonen: { ...filled.contactpersonen, school: { ...filled.contactpersonen.school, naamSchool: school } }, persoonlijkeNoot: note };
}

async function printed(form: FormSnapshot) {
  const prepared = await preparePdfFonts(form, base, readFontFile);
  const path = writeTempPdf(await renderGesprekPdf(form, prepared.fonts));
  qpdfCheck(path);
  return { prepared, text: normalizeSpace(pdfToText(path, false)), fonts: pdfFonts(path) };
}

const SCRIPTS = [
  { script: 'Chinese and Japanese (Noto Sans SC)', school: '北京市第一中学', note: '日本語のテスト：こんにちは、カタカナ。', font: 'NotoSansSC' },
  { script: 'Korean (Noto Sans KR)', school: '서울고등학교', note: '안녕하세요, 좋은 회의였습니다.', font: 'NotoSansKR' },
  { script: 'Devanagari (Noto Sans Devanagari)', school: 'दिल्ली पब्लिक स्कूल', note: 'नमस्ते, आज की बैठक अच्छी रही।', font: 'NotoSansDevanagari' },
  { script: 'Thai (Noto Sans Thai)', school: 'โรงเรียนกรุงเทพ', note: 'สวัสดีครับ ขอบคุณมาก', font: 'NotoSansThai' },
  { script: 'emoji (Noto Emoji)', school: 'De Regenboog 🌈', note: 'Goed gesprek 👍 🎉 🚓 😀', font: 'NotoEmoji' },
] as const;

describe('characters DejaVu Sans lacks print in a Noto fallback font', () => {
  for (const { script, school, note, font } of SCRIPTS) {
    it(`prints ${script}: pdftotext reads the text back`, async () => {
      const { prepared, text, fonts } = await printed(formWith(school, note));
      expect(prepared.missing).toEqual({ offline: '', unsupported: '' });
      expect(text).toContain(school);
      expect(text).toContain(note);
      // Embedded as a subset like DejaVu, with a ToUnicode map (that is how pdftotext read it).
      const fallback = fonts.filter((f) => f.name.includes(font));
      expect(fallback.length).toBeGreaterThan(0);
      for (const f of fallback) expect(f).toMatchObject({ embedded: true, subset: true, toUnicode: true });
    });
  }

  it('mixes scripts in one line, each character in the first font that has it', async () => {
    const line = 'Wang 王 en Somchai สมชาย ✓ 👍';
    const { text, fonts } = await printed(formWith('Çelik College', line));
    expect(text).toContain(line);
    expect(fonts.map((f) => f.name).join(' ')).toMatch(/DejaVuSans.*NotoSansSC.*NotoSansThai|NotoSansThai.*NotoSansSC/s);
  });

  it('loads no fallback font for text DejaVu Sans prints on its own', async () => {
    const fetched: string[] = [];
    const prepared = await preparePdfFonts(filled, base, async (url) => {
      fetched.push(url);
      return readFontFile(url);
    });
    expect(fetched).toEqual([]);
    expect(prepared.fonts.fallbacks).toBeUndefined();
  });
});

describe('Devanagari conjuncts', () => {
  it('form from the font’s own substitutions, each glyph keeping the characters it stands for', async () => {
    const slice = FALLBACK_FAMILIES.find((family) => family.name === 'noto-sans-devanagari')?.regular[0];
    const shaper = new TextShaper(parseTrueType(await woffToSfnt(await readFontFile(slice?.url ?? ''))));
    for (const conjunct of ['क्ष', 'त्र', 'प्र']) {
      const glyphs = shaper.shape(conjunct);
      expect(glyphs.length, conjunct).toBe(1);
      expect(String.fromCodePoint(...(glyphs[0]?.codePoints ?? []))).toBe(conjunct);
    }
    // स्त: the half form of स, then त.
    expect(shaper.shape('स्त').map((g) => String.fromCodePoint(...g.codePoints))).toEqual(['स्', 'त']);
  });
});

describe('characters that cannot be printed are named before export', () => {
  // What the service worker does for a file it never cached while the tablet is offline.
  const offlineFor = (unreachable: RegExp) => async (url: string) => {
    if (unreachable.test(url)) throw new TypeError('Failed to fetch');
    return readFontFile(url);
  };

  it('names the characters whose font cannot be fetched now, and the PDF still prints the rest', async () => {
    const form = formWith('北京市第一中学', 'สวัสดีครับ 日本');
    // Both CJK families are out of reach: Noto Sans KR would otherwise print most Han characters.
    const prepared = await preparePdfFonts(form, base, offlineFor(/noto-sans-(sc|kr)-/));
    expect(prepared.missing.offline).toBe('北京市第一中学日本');
    expect(prepared.missing.unsupported).toBe('');
    const path = writeTempPdf(await renderGesprekPdf(form, prepared.fonts));
    const text = normalizeSpace(pdfToText(path, false));
    expect(text).toContain('สวัสดีครับ');
    expect(text).not.toContain('北京');
  });

  it('takes the next font that has a character when the first cannot be fetched', async () => {
    const prepared = await preparePdfFonts(formWith('北京市第一中学', ''), base, offlineFor(/noto-sans-sc-/));
    // Noto Sans KR has the traditional forms, not the simplified 学.
    expect(prepared.missing.offline).toBe('学');
  });

  it('names characters no font of the app has (Tibetan, private use)', async () => {
    const prepared = await preparePdfFonts(formWith('Çelik College', 'བོད \ue000 नमस्ते'), base, readFontFile);
    expect(prepared.missing.offline).toBe('');
    expect(prepared.missing.unsupported).toBe('བོད\ue000');
  });
});
