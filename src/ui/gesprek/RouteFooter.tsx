import type { ChapterNumber } from '../../domain/guide/chapters.ts';
import { neighbours, screenName, type ScreenId } from '../../domain/route/screenOrder.ts';
import { gesprekHref } from '../routing/parseRoute.ts';
import { slugOfScreen } from './sectionChapters.ts';

interface RouteFooterProps {
  gesprekId: string;
  current: ScreenId;
  route: readonly ChapterNumber[];
}

/** The end of every screen: on to the next screen of the route, or back to the one before. */
export function RouteFooter({ gesprekId, current, route }: RouteFooterProps) {
  const { previous, next } = neighbours(route, current);
  return (
    <nav class="app-route-footer" aria-label="Vorige en volgende">
      {next !== undefined ? (
        <a class="utrecht-button utrecht-button--primary-action app-link-button app-route-footer__next" href={gesprekHref(gesprekId, slugOfScreen(next))}>
          Volgende: {screenName(next)}
        </a>
      ) : (
        current === 2 && <p class="app-subtle app-route-footer__hint">Beantwoord de vragen; dan ziet u hier het volgende hoofdstuk.</p>
      )}
      {previous !== undefined && (
        <a class="utrecht-button utrecht-button--secondary-action app-link-button app-route-footer__previous" href={gesprekHref(gesprekId, slugOfScreen(previous))}>
          Vorige: {screenName(previous)}
        </a>
      )}
    </nav>
  );
}
