/** `npm run test:webkit`: the smoke journey in WebKitGTK (Safari's engine), under xvfb-run. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startAppServer, type AppServer } from '../support/appServer.ts';
import type { BrowserTab } from './browserTab.ts';
import { smokeJourney } from './smokeJourney.ts';
import { openWebKitTab } from './webkitTab.ts';

let server: AppServer;
let tab: BrowserTab;
before(async () => {
  server = await startAppServer();
  tab = await openWebKitTab();
});
after(async () => {
  await tab?.close();
  await server?.stop();
});

test('WebKit: new gesprek, a field, reload, offline reload, PDF, share link', async () => {
  await smokeJourney(tab, server);
});

test('WebKit has no BarcodeDetector, as Safari: the QR scanner must use its jsQR fallback', async () => {
  assert.equal(await tab.run<string>('return typeof BarcodeDetector;'), 'undefined');
});
