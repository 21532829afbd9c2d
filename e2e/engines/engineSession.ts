import { after, before } from 'node:test';
import { startAppServer, type AppServer } from '../support/appServer.ts';
import type { BrowserTab } from './browserTab.ts';

export interface EngineSession {
  readonly server: AppServer;
  readonly tab: BrowserTab;
}

/** One app server and one tab of the given engine for this test file, closed after its tests. */
export function engineSession(openTab: () => Promise<BrowserTab>): EngineSession {
  let server: AppServer | undefined;
  let tab: BrowserTab | undefined;
  before(async () => {
    server = await startAppServer();
    tab = await openTab();
  });
  after(async () => {
    await tab?.close();
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error('the app server has not started');
      return server;
    },
    get tab() {
      if (!tab) throw new Error('the browser tab has not opened');
      return tab;
    },
  };
}
