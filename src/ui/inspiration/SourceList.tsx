import type { ReferenceSource } from '../../domain/reference/referenceTypes.ts';

/** A source's name, with its address as a link that opens outside the app (the app itself never loads it). */
export function SourceLink({ source }: { source: ReferenceSource }) {
  return (
    <>
      {source.name}
      {source.url && (
        <a class="inspiration-url utrecht-link" href={source.url} target="_blank" rel="noopener noreferrer">
          {source.url.replace(/^https?:\/\//, '')}
        </a>
      )}
    </>
  );
}

/** "Bronnen": names, with their web addresses. */
export function SourceList({ sources, title = 'Bronnen' }: { sources: readonly ReferenceSource[]; title?: string }) {
  return (
    <section class="inspiration-sources">
      <h3 class="inspiration-subtitle">{title}</h3>
      <ul class="inspiration-sources__list">
        {sources.map((source) => (
          <li key={source.name}>
            <SourceLink source={source} />
          </li>
        ))}
      </ul>
    </section>
  );
}
