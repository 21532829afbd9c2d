import { expect, test } from '@playwright/test';
import { answer, Q, startNewGesprek } from './support/gesprek.ts';

test('the app loads and works under its Content-Security-Policy, with no violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
  await startNewGesprek(page);
  await answer(page, Q.kennismaking, 'Ja');
  await expect(page.getByText('Uitkomst: Hoofdstuk 3 t/m 6.')).toBeVisible();
  await page.getByRole('button', { name: 'Delen' }).click(); // QR code and sync start
  await expect(page.getByRole('dialog', { name: 'Gesprek delen met de andere tablet' }).getByRole('img', { name: /QR/ })).toBeVisible();
  expect(violations).toEqual([]);
});
