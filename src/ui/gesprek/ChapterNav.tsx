import { useId, useState } from 'preact/hooks';
import { CHAPTERS, chapterLabel, type ChapterNumber } from '../../domain/guide/chapters.ts';
import { gesprekHref, type SectionSlug } from '../routing/parseRoute.ts';
import { chapterSlug } from './sectionChapters.ts';

interface ChapterNavProps {
  gesprekId: string;
  current: SectionSlug;
  /** The chapters of the route chosen in chapter 2 (empty until chosen). */
  route: readonly ChapterNumber[];
}

/** The chapters of the route; others only after "Alle hoofdstukken tonen", marked as outside it. */
export function ChapterNav({ gesprekId, current, route }: ChapterNavProps) {
  const [showAll, setShowAll] = useState(false);
  const switchId = useId();
  const outside = CHAPTERS.filter((c) => c.number !== 2 && !route.includes(c.number));
  const link = (slug: SectionSlug, text: string, note?: string) => (
    <li key={slug}>
      <a
        class={`app-nav__link${note ? ' app-nav__link--outside' : ''}`}
        href={gesprekHref(gesprekId, slug)}
        aria-current={current === slug ? 'page' : undefined}
      >
        {text}
        {note && <span class="app-nav__note"> ({note})</span>}
      </a>
    </li>
  );
  return (
    <nav class="app-nav" aria-label="Onderdelen van het gesprek">
      <ul class="app-nav__list">
        {link('contactpersonen', 'Contactpersonen')}
        {link('h2', chapterLabel(2))}
        {route.map((n) => link(chapterSlug(n), chapterLabel(n)))}
        {showAll && outside.map((c) => link(chapterSlug(c.number), chapterLabel(c.number), 'buiten de route'))}
      </ul>
      {outside.length > 0 && (
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
    </nav>
  );
}
