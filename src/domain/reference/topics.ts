import { BRONNEN_PANEL } from './bronnenPanel.ts';
import { CALAMITEITEN_PANEL } from './calamiteitenPanel.ts';
import { CYBERPESTEN_PANEL } from './cyberpestenPanel.ts';
import { PRIVACY_PANEL } from './privacyPanel.ts';
import type { InfoPanel } from './referenceTypes.ts';
import { REFERENCE_TITLES, type ReferenceTopic } from './topicTitles.ts';
import { WETGEVING_PANEL } from './wetgevingPanel.ts';

/** The reference panels the form links to; "hoe-erg" is the fasekaartje with the first signals. */
export type { ReferenceTopic };

export const REFERENCE_TOPICS: readonly ReferenceTopic[] = ['hoe-erg', 'wetgeving', 'privacy', 'calamiteiten', 'cyberpesten', 'bronnen'];

export const HOE_ERG_TITLE = REFERENCE_TITLES['hoe-erg'];

export const INFO_PANELS: Readonly<Record<Exclude<ReferenceTopic, 'hoe-erg'>, InfoPanel>> = {
  wetgeving: WETGEVING_PANEL,
  privacy: PRIVACY_PANEL,
  calamiteiten: CALAMITEITEN_PANEL,
  cyberpesten: CYBERPESTEN_PANEL,
  bronnen: BRONNEN_PANEL,
};

export function referenceTitle(topic: ReferenceTopic): string {
  return topic === 'hoe-erg' ? HOE_ERG_TITLE : INFO_PANELS[topic].title;
}
