import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { THEMES } from '../guide/themes.ts';
import { chosenThemes, isThemeSelected, OTHER_THEME_ID, ownThemeIds, setThemeChosen, themesHiddenByUnticking } from './themeFields.ts';

const guideTheme = THEMES[0]!;

describe('choosing themes in 3.1', () => {
  it('ticking "Ander thema" opens one name field at once; a guide theme opens none', () => {
    const doc = new Y.Doc();
    setThemeChosen(doc, guideTheme.id, true);
    expect(ownThemeIds(doc)).toEqual([]);
    setThemeChosen(doc, OTHER_THEME_ID, true);
    expect(isThemeSelected(doc, OTHER_THEME_ID)).toBe(true);
    expect(ownThemeIds(doc)).toHaveLength(1);
    setThemeChosen(doc, OTHER_THEME_ID, false);
    setThemeChosen(doc, OTHER_THEME_ID, true);
    expect(ownThemeIds(doc)).toHaveLength(1); // ticking again brings the same field back, not a second one
  });

  it('says what unticking hides: the theme itself, or for "Ander thema" every own theme', () => {
    const doc = new Y.Doc();
    setThemeChosen(doc, guideTheme.id, true);
    setThemeChosen(doc, OTHER_THEME_ID, true);
    const own = chosenThemes(doc).filter((t) => t.own);
    expect(own).toHaveLength(1);
    expect(themesHiddenByUnticking(doc, guideTheme.id)).toEqual([{ id: guideTheme.id, name: guideTheme.name, own: false }]);
    expect(themesHiddenByUnticking(doc, OTHER_THEME_ID)).toEqual(own);
  });
});
