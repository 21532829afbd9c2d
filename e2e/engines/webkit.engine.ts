/** `npm run test:webkit`: the smoke journey in WebKitGTK (Safari's engine), under xvfb-run. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { engineSession } from './engineSession.ts';
import { smokeJourney } from './smokeJourney.ts';
import { openWebKitTab } from './webkitTab.ts';

const session = engineSession(openWebKitTab);

test('WebKit: new gesprek, a field, reload, offline reload, PDF, share link', async () => {
  await smokeJourney(session.tab, session.server);
});

test('WebKit has no BarcodeDetector, as Safari: the QR scanner must use its jsQR fallback', async () => {
  assert.equal(await session.tab.run<string>('return typeof BarcodeDetector;'), 'undefined');
});
