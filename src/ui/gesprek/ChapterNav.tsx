import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ChapterNumber } from '../../domain/guide/chapters.ts';
import { ALL_SCREENS, isOnRoute, screenName } from '../../domain/route/screenOrder.ts';
import { gesprekHref, type SectionSlug } from '../routing/parseRoute.ts';
import { slugOfScreen } from './sectionChapters.ts';

interface ChapterNavProps {
  gesprekId: string;
  current: SectionSlug;
  /** The chapters of the route chosen in chapter 2 (empty until chosen). */
  route: readonly ChapterNumber[];
}

/** The screens of the route in the guide's order; others only after "Alle hoofdstukken tonen", marked as outside it. */
export function ChapterNav({ gesprekId, current, route }: ChapterNavProps) {
  const [showAll, setShowAll] = useState(false);
  const switchId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const anyOutside = ALL_SCREENS.some((s) => !isOnRoute(s, route));
  const shown = ALL_SCREENS.filter((s) => showAll || isOnRoute(s, route));

  // In portrait the menu is a row that scrolls sideways: keep the current screen in view.
  useEffect(() => {
    const link = listRef.current?.querySelector<HTMLElement>('[aria-current="page"]');
    if (link && typeof link.scrollIntoView === 'function') link.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [current]);

  return (
    <nav class="app-nav" aria-label="Onderdelen van het gesprek">
      <div class="app-nav__inner">
        <ul class="app-nav__list" ref={listRef}>
          {shown.map((screen) => {
            const slug = slugOfScreen(screen);
            const outside = !isOnRoute(screen, route);
            return (
              <li key={slug}>
                <a
                  class={`app-nav__link${outside ? ' app-nav__link--outside' : ''}`}
                  href={gesprekHref(gesprekId, slug)}
                  aria-current={current === slug ? 'page' : undefined}
                >
                  {screenName(screen)}
                  {outside && <span class="app-nav__note"> (buiten de route)</span>}
                </a>
              </li>
            );
          })}
        </ul>
        {anyOutside && (
          <div class="app-choice app-nav__switch">
            <input
              id={switchId}
              type="checkbox"
              role="switch"
              class="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
              checked={showAll}
              onChange={(e) => setShowAll((e.currentTarget as HTMLInputElement).checked)}
            />
            <label class="utrecht-form-label utrecht-form-label--checkbox" for={switchId}>Alle hoofdstukken tonen</label>
          </div>
        )}
      </div>
    </nav>
  );
}
