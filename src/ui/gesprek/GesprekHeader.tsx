import type { ComponentChildren } from 'preact';
import { formatDutchDate } from '../../domain/format/dutchDate.ts';
import { homeHref } from '../routing/parseRoute.ts';

interface GesprekHeaderProps {
  schoolName: string;
  date: string;
  status: ComponentChildren;
  actions?: ComponentChildren;
  /** "N velden om na te kijken", when fields wait for a choice. */
  review?: ComponentChildren;
}

/** Back to the list, which gesprek this is, whether it is saved, and the gesprek's actions. */
export function GesprekHeader({ schoolName, date, status, actions, review }: GesprekHeaderProps) {
  const title = [schoolName || 'Naamloos gesprek', date ? formatDutchDate(date) : ''].filter(Boolean).join(' · ');
  return (
    <header class="app-gesprek-header">
      <a class="app-back utrecht-link" href={homeHref()}>
        <span aria-hidden="true">‹ </span>Gesprekken
      </a>
      <div class="app-gesprek-header__title">
        <p class="app-gesprek-header__name">{title}</p>
        {status}
        {review}
      </div>
      {actions && <div class="app-gesprek-header__actions">{actions}</div>}
    </header>
  );
}
