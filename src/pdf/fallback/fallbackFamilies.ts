import devanagariUnicode from '@fontsource/noto-sans-devanagari/unicode.json';
import krUnicode from '@fontsource/noto-sans-kr/unicode.json';
import scUnicode from '@fontsource/noto-sans-sc/unicode.json';
import thaiUnicode from '@fontsource/noto-sans-thai/unicode.json';
import emojiUnicode from '@fontsource/noto-emoji/unicode.json';
import { fallbackFamily, type FallbackFamily } from './fallbackFamily.ts';

/**
 * The fonts tried, in this order, for characters DejaVu Sans lacks (Noto, SIL Open Font License,
 * from fontsource's npm packages, served by our own server). Loaded as its own chunk, and only
 * when a text needs one of them: the file list and unicode-ranges are ~35 kB gzip.
 * Only the script's own slices are bundled (DejaVu prints their Latin ones). Emoji print in
 * their one weight, also in bold text: a bold emoji would only cost a second download.
 */
export const FALLBACK_FAMILIES: readonly FallbackFamily[] = [
  fallbackFamily({
    name: 'noto-sans-devanagari',
    unicode: devanagariUnicode,
    files: import.meta.glob<string>('/node_modules/@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-{400,700}-normal.woff', { query: '?url', import: 'default', eager: true }),
    regularWeight: 400,
    boldWeight: 700,
  }),
  fallbackFamily({
    name: 'noto-sans-thai',
    unicode: thaiUnicode,
    files: import.meta.glob<string>('/node_modules/@fontsource/noto-sans-thai/files/noto-sans-thai-thai-{400,700}-normal.woff', { query: '?url', import: 'default', eager: true }),
    regularWeight: 400,
    boldWeight: 700,
  }),
  fallbackFamily({
    name: 'noto-sans-sc',
    unicode: scUnicode,
    files: import.meta.glob<string>('/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-[0-9]*-{400,700}-normal.woff', { query: '?url', import: 'default', eager: true }),
    regularWeight: 400,
    boldWeight: 700,
  }),
  fallbackFamily({
    name: 'noto-sans-kr',
    unicode: krUnicode,
    files: import.meta.glob<string>('/node_modules/@fontsource/noto-sans-kr/files/noto-sans-kr-[0-9]*-{400,700}-normal.woff', { query: '?url', import: 'default', eager: true }),
    regularWeight: 400,
    boldWeight: 700,
  }),
  fallbackFamily({
    name: 'noto-emoji',
    unicode: emojiUnicode,
    files: import.meta.glob<string>('/node_modules/@fontsource/noto-emoji/files/noto-emoji-[0-9]*-400-normal.woff', { query: '?url', import: 'default', eager: true }),
    regularWeight: 400,
    boldWeight: 400,
  }),
];
