import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';

const IPADOS_SAFARI = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';

/** What navigator.storage answers: persisted() and persist(). */
function stubStorage(page: Page, persisted: boolean, grant: boolean) {
  return page.addInitScript(
    ([isPersisted, granted]) => {
      StorageManager.prototype.persisted = async () => isPersisted;
      StorageManager.prototype.persist = async () => granted;
    },
    [persisted, grant] as const,
  );
}

test('the footer says "Opslag: blijvend" when the browser promised to keep the data', async ({ page }) => {
  await stubStorage(page, true, true);
  await page.goto('/');
  await expect(page.getByText('Opslag: blijvend')).toBeVisible();
});

test('otherwise it says the browser may erase it, and asking for lasting storage is one tap', async ({ page }) => {
  await stubStorage(page, false, false);
  await page.goto('/');
  await expect(page.getByText('Opslag: kan door de browser worden gewist')).toBeVisible();
  await page.getByRole('button', { name: 'Vraag om blijvend bewaren' }).click();
  await expect(page.getByText(/staat blijvend bewaren nu niet toe/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('in real Chromium the footer shows one of the two states', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText(/^Opslag: (blijvend|kan door de browser worden gewist)$/)).toBeVisible();
});

test.describe('on an iPad in Safari (iPadOS says "Macintosh" but has touch)', () => {
  test.use({ userAgent: IPADOS_SAFARI, viewport: { width: 1024, height: 768 } });

  const pretendTouch = (page: Page, standalone: boolean) =>
    page.addInitScript((isStandalone) => {
      Object.defineProperty(Navigator.prototype, 'maxTouchPoints', { get: () => 5 });
      Object.defineProperty(Navigator.prototype, 'standalone', { get: () => isStandalone });
    }, standalone);

  test('a tab warns that Safari may erase the data after 7 days, and says how to add the app to the home screen', async ({ page }) => {
    await pretendTouch(page, false);
    await page.goto('/');
    const warning = page.getByRole('region', { name: 'Let op: Safari kan uw gesprekken wissen' });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('7 dagen');
    await expect(warning).toContainText('Deel-knop');
    await expect(warning).toContainText('Zet op beginscherm');
    await expect(warning).toContainText('Reservekopie maken');
    await expectNoAxeViolations(page);
  });

  test('the home-screen app does not warn', async ({ page }) => {
    await pretendTouch(page, true);
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Nieuw gesprek' })).toBeVisible();
    await expect(page.getByText('Safari kan uw gesprekken wissen')).toHaveCount(0);
  });
});

test('desktop and Android Chromium do not show the Safari warning', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Nieuw gesprek' })).toBeVisible();
  await expect(page.getByText('Safari kan uw gesprekken wissen')).toHaveCount(0);
});
