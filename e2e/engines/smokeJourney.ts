/** The smoke journey every engine must pass: new gesprek, a field, reload, offline reload, PDF, share link. */
import assert from 'node:assert/strict';
import type { AppServer } from '../support/appServer.ts';
import type { BrowserTab } from './browserTab.ts';
import { makePdfText, readShareLink, waitForServiceWorkerControl } from './journeySteps.ts';
import { clickButton, typeInto, waitForText, waitForValue } from './tabActions.ts';

export async function smokeJourney(tab: BrowserTab, server: AppServer): Promise<void> {
  await tab.goto(`${server.url}/`);
  await waitForText(tab, 'Gesprekken op deze tablet');
  assert.equal(await tab.run<boolean>('return window.isSecureContext;'), true, 'localhost is a secure context');
  await waitForServiceWorkerControl(tab);

  await clickButton(tab, 'Nieuw gesprek');
  await clickButton(tab, 'Overslaan'); // the optional first step asks for the school
  await waitForText(tab, 'Hoofdstuk 2');
  await clickButton(tab, 'Contactpersonen');
  await typeInto(tab, 'Naam school', 'Het Baken', 'School');
  await waitForText(tab, 'Opgeslagen op dit apparaat');

  await tab.reload();
  await waitForValue(tab, 'Naam school', 'Het Baken', 'School');

  // No network at all: the page itself must come from the service worker.
  await server.stop();
  await tab.reload();
  await waitForValue(tab, 'Naam school', 'Het Baken', 'School');
  await typeInto(tab, 'Naam contactpersoon', 'Wijkagent De Vries', 'Politie');
  await waitForValue(tab, 'Naam contactpersoon', 'Wijkagent De Vries', 'Politie');
  await waitForText(tab, 'Opgeslagen op dit apparaat');
  await tab.reload();
  await waitForValue(tab, 'Naam contactpersoon', 'Wijkagent De Vries', 'Politie');

  const pdf = await makePdfText(tab);
  assert.match(pdf.name, /^gesprek-het-baken-\d{4}-\d{2}-\d{2}\.pdf$/);
  assert.ok(pdf.text.includes('Het Baken') && pdf.text.includes('Wijkagent De Vries'), `PDF text lacks the typed words:\n${pdf.text.slice(0, 400)}`);

  await server.restart();
  const link = await readShareLink(tab);
  assert.ok(link.startsWith(`${server.url}/#/koppel/`), link);
  await waitForText(tab, 'Verbonden · gesynchroniseerd');
}
