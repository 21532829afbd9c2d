/** `npm run test:cross-engine`: a WebKit tablet (iPad's engine) shares a gesprek, a Chromium tablet opens the link; both type, both see both. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startAppServer, type AppServer } from '../support/appServer.ts';
import type { BrowserTab } from './browserTab.ts';
import { openChromiumTab } from './chromiumTab.ts';
import { readShareLink } from './journeySteps.ts';
import { clickButton, typeInto, waitForText, waitForValue } from './tabActions.ts';
import { openWebKitTab } from './webkitTab.ts';

let server: AppServer;
const tabs: BrowserTab[] = [];
before(async () => {
  server = await startAppServer();
});
after(async () => {
  for (const tab of tabs) await tab.close();
  await server?.stop();
});

test('WebKit shares, Chromium opens the link: both type and both see both', async () => {
  const webkit = await openWebKitTab();
  tabs.push(webkit);
  await webkit.goto(`${server.url}/`);
  await clickButton(webkit, 'Nieuw gesprek');
  await clickButton(webkit, 'Overslaan'); // the optional first step asks for the school
  await waitForText(webkit, 'Hoofdstuk 2');
  await clickButton(webkit, 'Contactpersonen');
  await typeInto(webkit, 'Naam school', 'Het Baken', 'School');
  const link = await readShareLink(webkit);
  await waitForText(webkit, 'Verbonden · gesynchroniseerd');

  const chromium = await openChromiumTab();
  tabs.push(chromium);
  await chromium.goto(link);
  await waitForText(chromium, 'Hoofdstuk 2');
  assert.doesNotMatch(await chromium.run<string>('return location.hash;'), /koppel/, 'the key leaves the address bar');
  await clickButton(chromium, 'Contactpersonen');
  await waitForValue(chromium, 'Naam school', 'Het Baken', 'School');

  await typeInto(chromium, 'Naam contactpersoon', 'Wijkagent De Vries', 'Politie');
  await typeInto(webkit, 'Telefoon', '030 123 4567', 'School');
  await waitForValue(webkit, 'Naam contactpersoon', 'Wijkagent De Vries', 'Politie');
  await waitForValue(chromium, 'Telefoon', '030 123 4567', 'School');
  for (const tab of [webkit, chromium]) await waitForText(tab, 'Verbonden · gesynchroniseerd');
});
