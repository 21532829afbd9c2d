/** Chromium's CPU throttling (CDP Emulation.setCPUThrottlingRate): a tablet is slower than this machine. */
import type { Page } from '@playwright/test';

export const CPU_RATES = [1, 4] as const;
export type CpuRate = (typeof CPU_RATES)[number];

export async function throttleCpu(page: Page, rate: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}
