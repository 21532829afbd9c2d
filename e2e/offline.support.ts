import { chromium, expect, type Browser, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/** A context like the config's `use` (Dutch, Amsterdam) but on another server. */
export function newAppContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
}

/**
 * Waits until the service worker is installed (so everything is precached) and, after one
 * reload, controls the page: from then on the app needs no network.
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** A fresh tablet on that server: home opened once online, and from then on run by the service worker. */
export async function openOfflineReadyApp(browser: Browser, baseURL: string): Promise<Page> {
  const page = await (await newAppContext(browser, baseURL)).newPage();
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  return page;
}

/** Every file of the build (paths relative to dist, with forward slashes). */
export function builtFiles(dist = 'dist'): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dist, path).split('\\').join('/'));
    }
  };
  walk(dist);
  return out;
}

/** The URLs in the service worker's precache list. */
export function precachedUrls(dist = 'dist'): string[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  // The build injects the manifest as JSON: [{"revision":…,"url":"…"}, …] (src/pwa/sw.ts).
  return [...sw.matchAll(/\{"revision":(?:null|"[^"]*"),"url":"([^"]+)"\}/g)].map((m) => m[1] ?? '');
}

/**
 * A Chromium profile on disk (not incognito), launched like the config's browser: Chromium only
 * calls an app installable outside incognito, and the profile outlives pages like a tablet's.
 */
export async function launchPersistentApp(testInfo: TestInfo, baseURL: string): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'gesprek-e2e-profile-'));
  const { launchOptions } = testInfo.project.use;
  const context = await chromium.launchPersistentContext(profile, {
    ...(launchOptions ?? {}),
    baseURL,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
