import { foldForSearch } from '../../domain/inspiration/normalizeSearch.ts';
import type { GesprekRecord } from '../../storage/db.ts';
import { displayName } from './GesprekRow.tsx';

/** Whether a row's school name holds the query, however it is typed (case and accents ignored). */
export function matchesSchool(record: Pick<GesprekRecord, 'schoolName'>, query: string): boolean {
  const folded = foldForSearch(query.trim());
  return folded === '' || foldForSearch(displayName(record)).includes(folded);
}

interface GesprekSearchProps {
  query: string;
  onQuery(query: string): void;
  found: number;
}

/** Search the list by school; says how many match, so an empty list is never a mystery. */
export function GesprekSearch({ query, onQuery, found }: GesprekSearchProps) {
  return (
    <div class="utrecht-form-field utrecht-form-field--text app-field app-gesprek-search" role="search">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for="gesprek-search">Zoeken op school</label>
      </div>
      <div class="utrecht-form-field__input">
        <input
          id="gesprek-search"
          type="search"
          class="utrecht-textbox utrecht-textbox--html-input"
          value={query}
          onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <p class="app-subtle app-gesprek-search__result" role="status">
        {query.trim() === ''
          ? ''
          : found === 0
            ? `Geen gesprek gevonden met “${query.trim()}”.`
            : found === 1
              ? '1 gesprek gevonden.'
              : `${found} gesprekken gevonden.`}
      </p>
    </div>
  );
}
