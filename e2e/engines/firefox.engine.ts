/** `npm run test:firefox`: the smoke journey in Debian's Firefox ESR over WebDriver BiDi. */
import { after, before, test } from 'node:test';
import { startAppServer, type AppServer } from '../support/appServer.ts';
import type { BrowserTab } from './browserTab.ts';
import { openFirefoxTab } from './firefoxTab.ts';
import { smokeJourney } from './smokeJourney.ts';

let server: AppServer;
let tab: BrowserTab;
before(async () => {
  server = await startAppServer();
  tab = await openFirefoxTab();
});
after(async () => {
  await tab?.close();
  await server?.stop();
});

test('Firefox: new gesprek, a field, reload, offline reload, PDF, share link', async () => {
  await smokeJourney(tab, server);
});
