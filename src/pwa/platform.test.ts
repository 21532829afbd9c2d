import { describe, expect, it } from 'vitest';
import { mayLoseDataAfterSevenDays, type PlatformInfo } from './platform.ts';

const IPAD_OS = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
const OLD_IPAD = 'Mozilla/5.0 (iPad; CPU OS 12_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1 Mobile/15E148 Safari/604.1';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const ANDROID = 'Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';

const tab = (userAgent: string, maxTouchPoints = 5): PlatformInfo => ({ userAgent, maxTouchPoints, standalone: false, displayModeStandalone: false });

describe('mayLoseDataAfterSevenDays', () => {
  it('is true in an iPad or iPhone browser tab, including iPadOS that says "Macintosh"', () => {
    expect(mayLoseDataAfterSevenDays(tab(IPAD_OS))).toBe(true);
    expect(mayLoseDataAfterSevenDays(tab(OLD_IPAD))).toBe(true);
    expect(mayLoseDataAfterSevenDays(tab(IPHONE))).toBe(true);
  });

  it('is false for the home-screen app, a real Mac and other tablets', () => {
    expect(mayLoseDataAfterSevenDays({ ...tab(IPAD_OS), standalone: true })).toBe(false);
    expect(mayLoseDataAfterSevenDays({ ...tab(IPHONE), displayModeStandalone: true })).toBe(false);
    expect(mayLoseDataAfterSevenDays(tab(IPAD_OS, 0))).toBe(false);
    expect(mayLoseDataAfterSevenDays(tab(ANDROID))).toBe(false);
  });
});
