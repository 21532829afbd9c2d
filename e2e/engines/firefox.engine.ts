/** `npm run test:firefox`: the smoke journey in Debian's Firefox ESR over WebDriver BiDi. */
import { test } from 'node:test';
import { engineSession } from './engineSession.ts';
import { openFirefoxTab } from './firefoxTab.ts';
import { smokeJourney } from './smokeJourney.ts';

const session = engineSession(openFirefoxTab);

test('Firefox: new gesprek, a field, reload, offline reload, PDF, share link', async () => {
  await smokeJourney(session.tab, session.server);
});
