import type { ReferenceSource } from '../../domain/reference/referenceTypes.ts';

/** "Bronnen": names, with web addresses as plain text. The app works offline and never loads them. */
export function SourceList({ sources }: { sources: readonly ReferenceSource[] }) {
  return (
    <section class="inspiration-sources">
      <h3 class="inspiration-subtitle">Bronnen</h3>
      <ul class="inspiration-sources__list">
        {sources.map((source) => (
          <li key={source.name}>
            {source.name}
            {source.url && <span class="inspiration-url">{source.url}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
