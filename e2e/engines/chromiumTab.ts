/** Debian's Chromium through Playwright, the other tablet in the cross-engine pairing. */
import { chromium } from '@playwright/test';
import config from '../../playwright.config.ts';
import type { BrowserTab } from './browserTab.ts';

export async function openChromiumTab(): Promise<BrowserTab> {
  const browser = await chromium.launch(config.use?.launchOptions ?? {});
  const page = await (await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' })).newPage();
  return {
    engine: 'Chromium',
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    run: <T>(body: string, ...args: unknown[]) => page.evaluate(`(async (args) => { ${body} })(${JSON.stringify(args)})`) as Promise<T>,
    click: (css) => page.click(css),
    type: async (css, text) => {
      await page.click(css);
      await page.locator(css).press('End');
      await page.locator(css).pressSequentially(text);
    },
    close: () => browser.close(),
  };
}
