/** Debian's Firefox ESR over WebDriver BiDi (puppeteer-core; never a downloaded browser). */
import puppeteer from 'puppeteer-core';
import type { BrowserTab } from './browserTab.ts';

export async function openFirefoxTab(): Promise<BrowserTab> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    // Off the (closed) network: no updates, telemetry or safe-browsing lists.
    extraPrefsFirefox: { 'intl.accept_languages': 'nl-NL, nl', 'app.update.enabled': false, 'browser.safebrowsing.malware.enabled': false, 'browser.safebrowsing.phishing.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false },
  });
  const page = await browser.newPage();
  return {
    engine: 'Firefox',
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    // A string, not a function: evaluated by the driver, so a strict Content-Security-Policy does not apply.
    run: <T>(body: string, ...args: unknown[]) => page.evaluate(`(async (args) => { ${body} })(${JSON.stringify(args)})`) as Promise<T>,
    click: (css) => page.click(css),
    type: (css, text) => page.type(css, text),
    close: () => browser.close(),
  };
}
