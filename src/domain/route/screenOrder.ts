import { CHAPTERS, chapterLabel, type ChapterNumber } from '../guide/chapters.ts';

/** One screen of a gesprek: the contact persons, or a chapter of the guide. */
export type ScreenId = 'contactpersonen' | ChapterNumber;

/** Every screen in the invulformulier's order: contact persons, then chapters 2–6. */
export const ALL_SCREENS: readonly ScreenId[] = ['contactpersonen', ...CHAPTERS.map((c) => c.number)];

export function screenName(screen: ScreenId): string {
  return screen === 'contactpersonen' ? 'Contactpersonen' : chapterLabel(screen);
}

/** Contact persons and chapter 2 always belong to the route; chapters 3–6 when chapter 2's outcome names them. */
export function isOnRoute(screen: ScreenId, route: readonly ChapterNumber[]): boolean {
  return screen === 'contactpersonen' || screen === 2 || route.includes(screen);
}

/** The screens of the route, in the guide's order. */
export function routeScreens(route: readonly ChapterNumber[]): ScreenId[] {
  return ALL_SCREENS.filter((s) => isOnRoute(s, route));
}

export interface Neighbours {
  previous?: ScreenId;
  next?: ScreenId;
}

/**
 * The screens before and after `current` on the route. A chapter opened outside the route
 * (after "Alle hoofdstukken tonen") sits at its place in the guide's order, between route screens.
 */
export function neighbours(route: readonly ChapterNumber[], current: ScreenId): Neighbours {
  const walk = ALL_SCREENS.filter((s) => s === current || isOnRoute(s, route));
  const at = walk.indexOf(current);
  const previous = walk[at - 1];
  const next = walk[at + 1];
  return { ...(previous !== undefined ? { previous } : {}), ...(next !== undefined ? { next } : {}) };
}
