import { describe, expect, it } from 'vitest';
import { neighbours, routeScreens, screenName } from './screenOrder.ts';

describe('the route through a gesprek', () => {
  it('walks contact persons, chapter 2, then the chapters of the outcome', () => {
    expect(routeScreens([4, 5, 6])).toEqual(['contactpersonen', 2, 4, 5, 6]);
    expect(routeScreens([])).toEqual(['contactpersonen', 2]);
  });

  it('gives previous and next along the route, skipping chapters outside it', () => {
    expect(neighbours([5, 6], 'contactpersonen')).toEqual({ next: 2 });
    expect(neighbours([5, 6], 2)).toEqual({ previous: 'contactpersonen', next: 5 });
    expect(neighbours([5, 6], 5)).toEqual({ previous: 2, next: 6 });
    expect(neighbours([5, 6], 6)).toEqual({ previous: 5 });
  });

  it('has no next after chapter 2 until the flowchart has an outcome', () => {
    expect(neighbours([], 2)).toEqual({ previous: 'contactpersonen' });
  });

  it('places a chapter opened outside the route at its place in the guide', () => {
    expect(neighbours([6], 4)).toEqual({ previous: 2, next: 6 });
    expect(neighbours([5, 6], 3)).toEqual({ previous: 2, next: 5 });
  });

  it('names screens as the menu does', () => {
    expect(screenName('contactpersonen')).toBe('Contactpersonen');
    expect(screenName(4)).toBe('Hoofdstuk 4 Afspraken maken');
  });
});
