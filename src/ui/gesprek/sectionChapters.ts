import type { ChapterNumber } from '../../domain/guide/chapters.ts';
import type { ScreenId } from '../../domain/route/screenOrder.ts';
import type { SectionSlug } from '../routing/parseRoute.ts';

export const chapterSlug = (chapter: ChapterNumber): SectionSlug => `h${chapter}` as SectionSlug;

export function chapterOfSlug(slug: SectionSlug): ChapterNumber | undefined {
  const n = Number(slug.slice(1));
  return n >= 2 && n <= 6 ? (n as ChapterNumber) : undefined;
}

export const screenOfSlug = (slug: SectionSlug): ScreenId => chapterOfSlug(slug) ?? 'contactpersonen';
export const slugOfScreen = (screen: ScreenId): SectionSlug => (screen === 'contactpersonen' ? screen : chapterSlug(screen));
