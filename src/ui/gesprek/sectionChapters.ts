import type { ChapterNumber } from '../../domain/guide/chapters.ts';
import type { SectionSlug } from '../routing/parseRoute.ts';

export const chapterSlug = (chapter: ChapterNumber): SectionSlug => `h${chapter}` as SectionSlug;

export function chapterOfSlug(slug: SectionSlug): ChapterNumber | undefined {
  const n = Number(slug.slice(1));
  return n >= 2 && n <= 6 ? (n as ChapterNumber) : undefined;
}
