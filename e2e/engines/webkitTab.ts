/** WebKitGTK's MiniBrowser through WebKitWebDriver (W3C WebDriver classic), the engine of Safari on iPad. Needs an X display (xvfb-run). */
import { spawn, type ChildProcess } from 'node:child_process';
import { Builder, By, type WebDriver } from 'selenium-webdriver';
import { freePort } from '../support/appServer.ts';
import type { BrowserTab } from './browserTab.ts';
import { waitUntil } from './tabActions.ts';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export async function openWebKitTab(): Promise<BrowserTab> {
  if (!process.env.DISPLAY) throw new Error('WebKitGTK needs an X display: run under xvfb-run -a');
  const port = await freePort();
  const driverProcess: ChildProcess = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  const exited = new Promise<void>((done) => driverProcess.once('exit', () => done()));
  try {
    await waitUntil('WebKitWebDriver ready', async () => {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      return ((await response.json()) as { value?: { ready?: boolean } }).value?.ready === true;
    });
    const driver: WebDriver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } })
      .build();
    return {
      engine: 'WebKit',
      goto: (url) => driver.get(url),
      reload: () => driver.navigate().refresh(),
      run: <T>(body: string, ...args: unknown[]) =>
        driver.executeScript(`return (async (args) => { ${body} })(Array.from(arguments));`, ...args) as Promise<T>,
      click: async (css) => driver.findElement(By.css(css)).click(),
      type: async (css, text) => driver.findElement(By.css(css)).sendKeys(text),
      async close() {
        await driver.quit().catch(() => undefined);
        driverProcess.kill();
        await exited;
      },
    };
  } catch (error) {
    driverProcess.kill();
    await exited;
    throw error;
  }
}
