/**
 * The few things the engine runs need from a browser tab, so one journey drives WebKit
 * (WebDriver classic), Firefox (WebDriver BiDi) and Chromium (Playwright) alike.
 */
export interface BrowserTab {
  readonly engine: string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs `body` (a function body, may `await`) in the page with `args`; resolves with its JSON-able result. */
  run<T>(body: string, ...args: unknown[]): Promise<T>;
  /** A real click on the element matching `css`. */
  click(css: string): Promise<void>;
  /** Real key presses into the element matching `css` (after focusing it). */
  type(css: string, text: string): Promise<void>;
  close(): Promise<void>;
}
