import { expect, type Page } from '@playwright/test';

/** Every button, nav link, text field and choice row is at least 44 × 44 px (WCAG 2.5.5 as the bar). */
export async function expectTouchTargets(page: Page): Promise<void> {
  const { measured, small } = await page.evaluate(() => {
    const selector = 'button, nav a, .app-back, .app-link-button, input:not([type=checkbox]):not([type=radio]):not([type=file]), select, textarea, .app-choice, summary, .app-file-button';
    const targets = [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.offsetParent !== null && !el.closest('.app-visually-hidden'))
      .map((el) => ({ el, box: el.getBoundingClientRect() }));
    return {
      measured: targets.length,
      small: targets
        .filter(({ box }) => box.height < 44 || box.width < 44)
        .map(({ el, box }) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`),
    };
  });
  expect(measured).toBeGreaterThan(0);
  expect(small).toEqual([]);
}
