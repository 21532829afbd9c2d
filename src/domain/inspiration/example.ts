import type { SourceId } from './exampleSources.ts';
import type { PhaseId } from './phases.ts';

/** An agreement records how school and police work; an action is a one-off task with an owner. */
export type ExampleKind = 'afspraak' | 'actie';

export const KIND_LABELS: Readonly<Record<ExampleKind, string>> = {
  afspraak: 'Afspraak',
  actie: 'Actie',
};

/** One example agreement or action, in our own words, faithful to its source. */
export interface Example {
  id: string;
  text: string;
  kind: ExampleKind;
  phase: PhaseId;
  /** Theme ids from guide/themes.ts; omitted means the example fits every theme. */
  themes?: readonly string[];
  source: SourceId;
}
