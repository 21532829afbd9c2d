/** What the app needs to know about where it runs, read from the browser (injectable for tests). */
export interface PlatformInfo {
  userAgent: string;
  maxTouchPoints: number;
  /** iOS Safari's own flag for a page opened from the home screen. */
  standalone: boolean | undefined;
  /** `(display-mode: standalone)` matches: an installed app window. */
  displayModeStandalone: boolean;
}

export function currentPlatform(): PlatformInfo {
  const nav = navigator as Navigator & { standalone?: boolean };
  return {
    userAgent: nav.userAgent,
    maxTouchPoints: nav.maxTouchPoints ?? 0,
    standalone: nav.standalone,
    displayModeStandalone: window.matchMedia?.('(display-mode: standalone)').matches ?? false,
  };
}

/** iPhone, iPod or iPad, including iPadOS which calls itself "Macintosh" but has a touch screen. */
export function isAppleMobile({ userAgent, maxTouchPoints }: Pick<PlatformInfo, 'userAgent' | 'maxTouchPoints'>): boolean {
  return /iPad|iPhone|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
}

export function isInstalledApp(info: Pick<PlatformInfo, 'standalone' | 'displayModeStandalone'>): boolean {
  return info.standalone === true || info.displayModeStandalone;
}

/**
 * In an iOS browser tab (not the home-screen app) Safari may erase a site's data after 7 days
 * without use; the home-screen app is exempt.
 */
export function mayLoseDataAfterSevenDays(info: PlatformInfo): boolean {
  return isAppleMobile(info) && !isInstalledApp(info);
}
