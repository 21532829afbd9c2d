import type { InfoPanel } from '../../domain/reference/referenceTypes.ts';
import { SourceLink, SourceList } from './SourceList.tsx';

/** An info panel's text: intro, titled sections with paragraphs and bullets, then its sources. */
export function InfoPanelBody({ panel }: { panel: InfoPanel }) {
  return (
    <div class="inspiration-info">
      <p class="inspiration-lead">{panel.intro}</p>
      {panel.sections.map((section) => (
        <section key={section.heading}>
          <h3 class="inspiration-subtitle">{section.heading}</h3>
          {section.paragraphs?.map((paragraph) => <p key={paragraph}>{paragraph}</p>)}
          {section.bullets && (
            <ul>
              {section.bullets.map((bullet) => (
                <li key={bullet}>{bullet}</li>
              ))}
            </ul>
          )}
          {section.links && (
            <ul class="inspiration-sources__list">
              {section.links.map((link) => (
                <li key={link.name}>
                  <SourceLink source={link} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <SourceList sources={panel.sources} />
    </div>
  );
}
