/** Steps of the smoke journey that any engine runs: the service worker, the PDF, the share link. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserTab } from './browserTab.ts';
import { clickButton, valueOf, waitUntil } from './tabActions.ts';

/** One online visit, then the service worker controls the page: from here on no network is needed. */
export async function waitForServiceWorkerControl(tab: BrowserTab): Promise<void> {
  await waitUntil(`${tab.engine}: service worker installed`, () => tab.run<boolean>('await navigator.serviceWorker.ready; return true;'), 60_000);
  await tab.reload();
  await waitUntil(`${tab.engine}: service worker controls the page`, () => tab.run<boolean>('return navigator.serviceWorker.controller !== null;'));
}

/**
 * "PDF maken" and the file it hands over. The app downloads through a blob link with `download`;
 * the engine's download manager is not driven (WebKitGTK's would open a dialog), so the test takes
 * the very bytes of that link and reads them with poppler.
 */
export async function makePdfText(tab: BrowserTab): Promise<{ name: string; text: string }> {
  await tab.run<boolean>(`
    window.__engineDownload = null;
    if (!window.__engineHooked) {
      window.__engineHooked = true;
      HTMLAnchorElement.prototype.click = function () {
        if (this.download && this.href.startsWith('blob:')) window.__engineDownload = { name: this.download, href: this.href };
      };
    }
    return true;`);
  await clickButton(tab, 'PDF maken');
  const file = await waitUntil(`${tab.engine}: PDF handed over`, () =>
    tab.run<{ name: string; base64: string } | null>(`
      const d = window.__engineDownload;
      if (!d) return null;
      const bytes = new Uint8Array(await (await fetch(d.href)).arrayBuffer());
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { name: d.name, base64: btoa(s) };`),
  60_000);
  const path = join(mkdtempSync(join(tmpdir(), 'engine-pdf-')), file.name);
  writeFileSync(path, Buffer.from(file.base64, 'base64'));
  execFileSync('qpdf', ['--check', path], { stdio: 'ignore' });
  return { name: file.name, text: execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }) };
}

/** "Delen": waits for the pairing link in the dialog, reads it, closes the dialog. */
export async function readShareLink(tab: BrowserTab): Promise<string> {
  await clickButton(tab, 'Delen');
  const link = await waitUntil(`${tab.engine}: pairing link shown`, async () => {
    const value = await valueOf(tab, 'Link');
    return /#\/koppel\/\S+/.test(value) ? value : null;
  });
  await clickButton(tab, 'Sluiten');
  return link;
}
