import type * as Y from 'yjs';
import { THEMES } from '../guide/themes.ts';
import { ARRAY, MAP, SLOTS, type Slot } from './fieldKeys.ts';
import { randomId } from './randomId.ts';
import { removeFromList, restoreToList } from './listEdits.ts';
import { write } from './write.ts';

/** The "Ander thema" checkbox; own themes are listed under it. */
export const OTHER_THEME_ID = 'ander';
const OWN_PREFIX = 'eigen:';

/** A chosen theme as the form shows it: a guide theme or one the two named themselves. */
export interface ThemeRef {
  id: string;
  name: string;
  own: boolean;
}

const themesMap = (doc: Y.Doc) => doc.getMap<boolean>(MAP.themes);
const placesMap = (doc: Y.Doc) => doc.getMap<boolean>(MAP.places);
const top3Map = (doc: Y.Doc) => doc.getMap<string>(MAP.top3);
const ownThemesArray = (doc: Y.Doc) => doc.getArray<string>(ARRAY.ownThemes);

export function isThemeSelected(doc: Y.Doc, themeId: string): boolean {
  return themesMap(doc).get(themeId) === true;
}

export function setThemeSelected(doc: Y.Doc, themeId: string, selected: boolean): boolean {
  return write(doc, () => themesMap(doc).set(themeId, selected));
}

/** Ticking "Ander thema" opens a name field right away: the user's act, not seeding. */
export function setOtherThemeSelected(doc: Y.Doc, selected: boolean): boolean {
  return write(doc, () => {
    setThemeSelected(doc, OTHER_THEME_ID, selected);
    if (selected && ownThemeIds(doc).length === 0) addOwnTheme(doc);
  });
}

/** Ticks or unticks a theme of 3.1; "Ander thema" is the one that also opens a name field. */
export function setThemeChosen(doc: Y.Doc, themeId: string, selected: boolean): boolean {
  return themeId === OTHER_THEME_ID ? setOtherThemeSelected(doc, selected) : setThemeSelected(doc, themeId, selected);
}

/** What unticking a theme of 3.1 hides: the theme itself, or for "Ander thema" every own theme. */
export function themesHiddenByUnticking(doc: Y.Doc, themeId: string): ThemeRef[] {
  if (themeId === OTHER_THEME_ID) return ownThemeRefs(doc);
  return allThemes(doc).filter((t) => t.id === themeId);
}

export function ownThemeIds(doc: Y.Doc): string[] {
  return [...new Set(ownThemesArray(doc).toArray())];
}

/** Adds an own theme and returns its ref id ("eigen:<random>"). Its name is a Y.Text of its own. */
/** Adds an own theme (refused when read-only: the ref then names nothing). */
export function addOwnTheme(doc: Y.Doc): string {
  const id = randomId();
  write(doc, () => ownThemesArray(doc).push([id]));
  return OWN_PREFIX + id;
}

/** Takes the theme off the list; its name (a top-level Y.Text) stays, so undo brings it back whole. */
export function removeOwnTheme(doc: Y.Doc, refId: string): boolean {
  return removeFromList(doc, ownThemesArray(doc), refId.slice(OWN_PREFIX.length));
}

export function restoreOwnTheme(doc: Y.Doc, refId: string, index: number): boolean {
  return restoreToList(doc, ownThemesArray(doc), refId.slice(OWN_PREFIX.length), index);
}

export const ownThemeNameKey = (refId: string) => `ownTheme.${refId.slice(OWN_PREFIX.length)}.name` as const;

function ownThemeRefs(doc: Y.Doc): ThemeRef[] {
  return ownThemeIds(doc).map((id) => ({
    id: OWN_PREFIX + id,
    name: doc.getText(`ownTheme.${id}.name`).toString().trim() || 'Ander thema (naamloos)',
    own: true,
  }));
}

/** Every theme known in this gesprek, guide themes first, for chapter 4's choice when chapter 3 was skipped. */
export function allThemes(doc: Y.Doc): ThemeRef[] {
  return [...THEMES.map((t) => ({ id: t.id, name: t.name, own: false })), ...ownThemeRefs(doc)];
}

/** The themes ticked in 3.1, in the guide's order, then own themes when "Ander thema" is ticked. */
export function chosenThemes(doc: Y.Doc): ThemeRef[] {
  const chosen = THEMES.filter((t) => isThemeSelected(doc, t.id)).map((t) => ({ id: t.id, name: t.name, own: false }));
  return isThemeSelected(doc, OTHER_THEME_ID) ? [...chosen, ...ownThemeRefs(doc)] : chosen;
}

export function themeName(doc: Y.Doc, themeId: string): string | undefined {
  return allThemes(doc).find((t) => t.id === themeId)?.name;
}

const placeKey = (themeId: string, placeId: string) => `${themeId}|${placeId}`;

export function isPlaceSelected(doc: Y.Doc, themeId: string, placeId: string): boolean {
  return placesMap(doc).get(placeKey(themeId, placeId)) === true;
}

export function setPlaceSelected(doc: Y.Doc, themeId: string, placeId: string, selected: boolean): boolean {
  return write(doc, () => placesMap(doc).set(placeKey(themeId, placeId), selected));
}

export function top3ThemeId(doc: Y.Doc, slot: Slot): string | undefined {
  const value = top3Map(doc).get(String(slot));
  return value ? value : undefined;
}

/** The other slot that already holds this theme, if any: the top 3 never hold a theme twice. */
export function top3SlotOf(doc: Y.Doc, themeId: string, except?: Slot): Slot | undefined {
  return SLOTS.find((s) => s !== except && top3ThemeId(doc, s) === themeId);
}

/** Sets or clears a slot; refuses (returns false) a theme another slot already holds, or a read-only gesprek. */
export function setTop3(doc: Y.Doc, slot: Slot, themeId: string | undefined): boolean {
  if (themeId && top3SlotOf(doc, themeId, slot) !== undefined) return false;
  return write(doc, () => {
    if (themeId) top3Map(doc).set(String(slot), themeId);
    else top3Map(doc).delete(String(slot));
  });
}

/** The top 3 as theme refs; a slot is empty when unset or when its theme no longer exists. */
export function top3(doc: Y.Doc): Array<ThemeRef | undefined> {
  const known = allThemes(doc);
  return SLOTS.map((slot) => {
    const id = top3ThemeId(doc, slot);
    return id ? known.find((t) => t.id === id) : undefined;
  });
}
