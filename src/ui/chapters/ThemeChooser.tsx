import type { AgreementTheme } from '../../domain/form/agreementThemes.ts';

/** What a chooser entry says: "Veiligheidsthema 1: Pesten" for the top 3, the theme's name otherwise. */
export function agreementThemeTitle(entry: AgreementTheme): string {
  if (entry.owner.kind === 'slot') return `Veiligheidsthema ${entry.owner.slot}${entry.theme ? `: ${entry.theme.name}` : ''}`;
  return entry.theme?.name ?? '';
}

export const agreementThemeId = (entry: AgreementTheme): string =>
  entry.owner.kind === 'slot' ? `slot-${entry.owner.slot}` : `thema-${entry.owner.themeId}`;

interface ThemeChooserProps {
  top3: readonly AgreementTheme[];
  others: readonly AgreementTheme[];
  selected: string;
  panelId: string;
  onSelect(id: string): void;
}

/** Chapter 4 shows one theme at a time: the top 3 first, then "Overige thema's". */
export function ThemeChooser({ top3, others, selected, panelId, onSelect }: ThemeChooserProps) {
  const button = (entry: AgreementTheme) => {
    const id = agreementThemeId(entry);
    return (
      <li key={id}>
        <button
          type="button"
          class={`app-theme-choice${id === selected ? ' app-theme-choice--current' : ''}`}
          aria-current={id === selected ? 'true' : undefined}
          aria-controls={panelId}
          onClick={() => onSelect(id)}
        >
          {agreementThemeTitle(entry)}
          {!entry.chosen && <span class="app-theme-choice__note"> (niet meer gekozen)</span>}
        </button>
      </li>
    );
  };
  return (
    <div class="app-theme-chooser">
      <div role="group" aria-labelledby="chooser-top3">
        <h2 id="chooser-top3" class="app-theme-chooser__title">Top 3</h2>
        <ul class="app-theme-chooser__list">{top3.map(button)}</ul>
      </div>
      {others.length > 0 && (
        <div role="group" aria-labelledby="chooser-others">
          <h2 id="chooser-others" class="app-theme-chooser__title">Overige thema’s</h2>
          <ul class="app-theme-chooser__list">{others.map(button)}</ul>
        </div>
      )}
    </div>
  );
}
