/** Finding things as a person would (button text, field label) on any BrowserTab, and waiting for conditions. */
import type { BrowserTab } from './browserTab.ts';

let marks = 0;

/** Page-side finder: marks the element with a fresh attribute and returns that attribute's value (or null). */
const FIND = `
  const [kind, name, group, mark] = args;
  const visible = (el) => el.getClientRects().length > 0;
  const text = (el) => el.textContent.replace(/\\s+/g, ' ').trim();
  const scope = group ? [...document.querySelectorAll('fieldset')].find((f) => text(f.querySelector('legend') ?? f) === group) : document;
  if (!scope) return null;
  let found;
  if (kind === 'button') found = [...scope.querySelectorAll('button, a, label.utrecht-button')].find((el) => visible(el) && text(el) === name);
  if (kind === 'field') {
    const label = [...scope.querySelectorAll('label')].find((el) => text(el) === name);
    found = label && (label.control ?? document.getElementById(label.htmlFor));
  }
  if (!found) return null;
  found.setAttribute('data-engine-mark', mark);
  return mark;
`;

export async function waitUntil<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== null && value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`${what}: not so within ${timeoutMs / 1000} s${lastError ? ` (${String(lastError)})` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function find(tab: BrowserTab, kind: 'button' | 'field', name: string, group?: string): Promise<string> {
  const mark = `m${(marks += 1)}`;
  await waitUntil(`${tab.engine}: ${kind} "${name}"${group ? ` in "${group}"` : ''}`, () => tab.run<string | null>(FIND, kind, name, group ?? null, mark));
  return `[data-engine-mark="${mark}"]`;
}

export async function clickButton(tab: BrowserTab, name: string): Promise<void> {
  await tab.click(await find(tab, 'button', name));
}

export async function typeInto(tab: BrowserTab, label: string, text: string, group?: string): Promise<void> {
  await tab.type(await find(tab, 'field', label, group), text);
}

export async function valueOf(tab: BrowserTab, label: string, group?: string): Promise<string> {
  const css = await find(tab, 'field', label, group);
  return tab.run<string>('return document.querySelector(args[0]).value;', css);
}

/** Waits until the field shows exactly `expected` (typed here or arriving from the other tablet). */
export async function waitForValue(tab: BrowserTab, label: string, expected: string, group?: string): Promise<void> {
  await waitUntil(`${tab.engine}: "${label}" shows "${expected}"`, async () => (await valueOf(tab, label, group)) === expected);
}

export async function waitForText(tab: BrowserTab, text: string): Promise<void> {
  await waitUntil(`${tab.engine}: page shows "${text}"`, () => tab.run<boolean>('return document.body.innerText.includes(args[0]);', text));
}
